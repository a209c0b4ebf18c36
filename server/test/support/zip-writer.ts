import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

/** An entry of a generated zip: its text, or text repeated many times (compressed as a stream, never held whole). */
export interface ZipPart {
  name: string;
  text?: string;
  repeat?: { head: string; body: string; times: number; tail: string };
  /** Written into the headers instead of the real uncompressed size, as a hostile file may. */
  declaredSize?: number;
}

interface Packed {
  name: Buffer;
  data: Buffer;
  size: number;
  crc: number;
}

async function pack(part: ZipPart): Promise<Packed> {
  const name = Buffer.from(part.name, 'utf8');
  if (part.text !== undefined) {
    const raw = Buffer.from(part.text, 'utf8');
    return { name, data: deflateRawSync(raw), size: raw.length, crc: crc32(raw) };
  }
  const { head, body, times, tail } = part.repeat ?? { head: '', body: '', times: 0, tail: '' };
  const deflate = createDeflateRaw({ level: 6 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const ended = new Promise((resolve) => deflate.on('end', resolve));
  let crc = 0;
  let size = 0;
  const write = async (b: Buffer) => {
    crc = crc32(b, crc);
    size += b.length;
    if (!deflate.write(b)) await new Promise((resolve) => deflate.once('drain', resolve));
  };
  await write(Buffer.from(head));
  // Many copies of the body per write: deflate is fed megabytes at a time.
  const copies = Math.max(1, Math.floor((1024 * 1024) / Math.max(1, body.length)));
  const block = Buffer.from(body.repeat(copies));
  for (let left = times; left > 0; left -= copies) await write(left >= copies ? block : Buffer.from(body.repeat(left)));
  await write(Buffer.from(tail));
  deflate.end();
  await ended;
  return { name, data: Buffer.concat(out), size, crc };
}

/** A zip archive of the parts in the order given (the order is part of what a test may want to vary). */
export async function writeZip(parts: ZipPart[]): Promise<Buffer> {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const p = await pack(part);
    const size = part.declaredSize ?? p.size;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(p.crc, 14);
    header.writeUInt32LE(p.data.length, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(p.name.length, 26);
    local.push(header, p.name, p.data);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(0x0800, 8);
    record.writeUInt16LE(8, 10);
    record.writeUInt32LE(p.crc, 16);
    record.writeUInt32LE(p.data.length, 20);
    record.writeUInt32LE(size, 24);
    record.writeUInt16LE(p.name.length, 28);
    record.writeUInt32LE(offset, 42);
    central.push(record, p.name);
    offset += 30 + p.name.length + p.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(parts.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(parts.length, 0xffff), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, directory, end]);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts of a workbook around a given first sheet; the sheet comes before workbook.xml, as in the incident. */
export function workbookAround(sheet: ZipPart, extra: ZipPart[] = []): ZipPart[] {
  return [
    { ...sheet, name: 'xl/worksheets/sheet1.xml' },
    ...extra,
    {
      name: 'xl/workbook.xml',
      text: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${RELS}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      text: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    },
  ];
}

export const sheetXml = (rows: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`;
export const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>`;
export const SHEET_TAIL = '</sheetData></worksheet>';
