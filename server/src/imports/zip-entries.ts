import { createReadStream } from 'node:fs';
import { FileHandle, open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { limitError, UPLOAD_LIMITS } from './upload-limits';

/** The file is not a zip archive this import can read; told to the user as a 400. */
class ZipFormatError extends Error {}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** As the archive declares it: it may lie, so the inflated bytes are counted too. */
  declaredSize: number;
  headerOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_MIN = 22;
const STORED = 0;
const DEFLATED = 8;

/**
 * An .xlsx read from its central directory, so that its parts are taken in the order the reader needs them (and only
 * those), whatever order they are stored in, and nothing is spooled to disk. Every inflated byte is counted against
 * UPLOAD_LIMITS (each entry and all of them) as it comes out of zlib, before it is parsed.
 */
export class ZipArchive {
  private inflated = 0;

  private constructor(
    private readonly path: string,
    private readonly file: FileHandle,
    readonly entries: Map<string, ZipEntry>,
  ) {}

  static async open(path: string): Promise<ZipArchive> {
    const file = await open(path, 'r');
    try {
      return new ZipArchive(path, file, await readDirectory(file));
    } catch (e) {
      await file.close();
      throw e;
    }
  }

  async close(): Promise<void> {
    await this.file.close();
  }

  /** The entry's inflated bytes, a chunk at a time; throws UploadLimitError as soon as a limit is passed. */
  async *read(entry: ZipEntry): AsyncGenerator<Buffer> {
    const local = Buffer.alloc(30);
    await this.file.read(local, 0, 30, entry.headerOffset);
    if (local.readUInt32LE(0) !== LOCAL) throw new ZipFormatError(`the local header of ${entry.name} is missing`);
    const start = entry.headerOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    if (entry.compressedSize === 0) return;
    const raw = createReadStream(this.path, { start, end: start + entry.compressedSize - 1, highWaterMark: 64 * 1024 });
    const data: Readable = entry.method === DEFLATED ? raw.pipe(createInflateRaw({ chunkSize: 64 * 1024 })) : raw;
    raw.on('error', (e) => data.destroy(e));
    let bytes = 0;
    try {
      for await (const chunk of data as AsyncIterable<Buffer>) {
        bytes += chunk.length;
        this.inflated += chunk.length;
        if (bytes > UPLOAD_LIMITS.entryBytes) throw limitError('entryBytes', `${entry.name} expands to`);
        if (this.inflated > UPLOAD_LIMITS.totalBytes) throw limitError('totalBytes', 'The workbook expands to');
        yield chunk;
      }
    } catch (e) {
      if (e instanceof Error && 'code' in e && typeof e.code === 'string' && e.code.startsWith('Z_')) {
        throw new ZipFormatError(`${entry.name} cannot be inflated (${e.message})`);
      }
      throw e;
    } finally {
      raw.destroy();
      data.destroy();
    }
    if (bytes !== entry.declaredSize) throw new ZipFormatError(`${entry.name} declares ${entry.declaredSize} bytes but holds ${bytes}`);
  }
}

async function readDirectory(file: FileHandle): Promise<Map<string, ZipEntry>> {
  const { size } = await file.stat();
  const tailLength = Math.min(size, EOCD_MIN + 0xffff);
  const tail = Buffer.alloc(tailLength);
  await file.read(tail, 0, tailLength, size - tailLength);
  let at = tailLength - EOCD_MIN;
  while (at >= 0 && tail.readUInt32LE(at) !== EOCD) at--;
  if (at < 0) throw new ZipFormatError('the end of the zip directory is missing');
  const count = tail.readUInt16LE(at + 10);
  const directorySize = tail.readUInt32LE(at + 12);
  const directoryOffset = tail.readUInt32LE(at + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw new ZipFormatError('ZIP64 archives are not read');
  if (count > UPLOAD_LIMITS.entries) throw limitError('entries', 'The workbook holds');
  if (directoryOffset + directorySize > size) throw new ZipFormatError('the zip directory lies outside the file');
  const directory = Buffer.alloc(directorySize);
  await file.read(directory, 0, directorySize, directoryOffset);

  const entries = new Map<string, ZipEntry>();
  let declaredTotal = 0;
  for (let p = 0; p + 46 <= directory.length;) {
    if (directory.readUInt32LE(p) !== CENTRAL) break;
    if (entries.size >= UPLOAD_LIMITS.entries) throw limitError('entries', 'The workbook holds');
    const nameLength = directory.readUInt16LE(p + 28);
    const entry: ZipEntry = {
      name: directory.toString('utf8', p + 46, p + 46 + nameLength),
      method: directory.readUInt16LE(p + 10),
      compressedSize: directory.readUInt32LE(p + 20),
      declaredSize: directory.readUInt32LE(p + 24),
      headerOffset: directory.readUInt32LE(p + 42),
    };
    if (entry.method !== STORED && entry.method !== DEFLATED)
      throw new ZipFormatError(`${entry.name} uses an unknown compression (${entry.method})`);
    if (entry.headerOffset + 30 + entry.compressedSize > size) throw new ZipFormatError(`${entry.name} lies outside the file`);
    if (entry.declaredSize > UPLOAD_LIMITS.entryBytes) throw limitError('entryBytes', `${entry.name} expands to`);
    declaredTotal += entry.declaredSize;
    entries.set(entry.name, entry);
    p += 46 + nameLength + directory.readUInt16LE(p + 30) + directory.readUInt16LE(p + 32);
  }
  if (entries.size === 0) throw new ZipFormatError('the zip directory is empty');
  if (declaredTotal > UPLOAD_LIMITS.totalBytes) throw limitError('totalBytes', 'The workbook expands to');
  return entries;
}
