import { limitError, UPLOAD_LIMITS } from './upload-limits';

/** A CSV the import cannot read: not UTF-8 text (`encoding`), or a quoted field that is not closed properly (`syntax`). */
export class CsvError extends Error {
  constructor(
    readonly kind: 'encoding' | 'syntax',
    /** The record (1 for the header) where reading stopped. */
    readonly record: number,
    message: string,
  ) {
    super(message);
  }
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * The records of a UTF-8 CSV as Excel writes it (RFC 4180): fields separated by `separator`, records by CRLF, LF or CR,
 * a field in double quotes may hold separators, line breaks and doubled quotes; a leading byte-order mark is dropped;
 * a quote inside an unquoted field is kept as text, as Excel reads it. The text is decoded once and scanned a chunk at
 * a time, so memory holds one chunk and the current record, whatever the size of the file: a field or a record larger
 * than UPLOAD_LIMITS allows is refused as it grows. It replaced csv-parse,
 * which spent 40% of a 100,000-row dry run (docs/import-benchmark.md).
 */
export async function* csvRows(source: AsyncIterable<Buffer>, separator: ',' | ';'): AsyncGenerator<string[]> {
  const sep = separator.charCodeAt(0);
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let records = 0;
  const fail = (kind: CsvError['kind'], why: string) => new CsvError(kind, records + 1, why);
  const checkField = () => {
    if (field.length > UPLOAD_LIMITS.cellLength) throw limitError('cellLength', `A cell of row ${records + 1} has`);
  };
  const push = () => {
    checkField();
    if (record.length >= UPLOAD_LIMITS.columns) throw limitError('columns', `Row ${records + 1} has`);
    record.push(field);
  };
  let rest = '';
  let record: string[] = [];
  let field = '';
  /** Inside a quoted field; `closed`: its closing quote was read, so only a separator or a line break may follow. */
  let quoted = false;
  let closed = false;

  const decode = (chunk?: Buffer): string => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      throw fail('encoding', 'not UTF-8 text');
    }
  };

  /** Scans `text` from the last stop; returns the complete records and keeps an unfinished tail for the next chunk. */
  const scan = (text: string, last: boolean): string[][] => {
    const done: string[][] = [];
    const end = () => {
      push();
      done.push(record);
      record = [];
      field = '';
      closed = false;
      records++;
    };
    let i = 0;
    while (i < text.length) {
      if (quoted) {
        const q = text.indexOf('"', i);
        if (q < 0 || (q === text.length - 1 && !last)) {
          // A quote at the very end may be the first of a doubled one: it waits for the next chunk.
          field += text.slice(i, q < 0 ? text.length : q);
          i = q < 0 ? text.length : q;
          break;
        }
        field += text.slice(i, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          field += '"';
          i = q + 2;
        } else {
          quoted = false;
          closed = true;
          i = q + 1;
        }
        continue;
      }
      let j = i;
      let c = 0;
      while (j < text.length) {
        c = text.charCodeAt(j);
        if (c === sep || c === LF || c === CR || c === QUOTE) break;
        j++;
      }
      if (j > i && closed) throw fail('syntax', 'text after a closing quote: a quoted field must end at a separator or a line end');
      field += text.slice(i, j);
      if (j === text.length) {
        i = j;
        break;
      }
      if (c === QUOTE) {
        if (field === '' && !closed) quoted = true;
        else if (closed) throw fail('syntax', 'text after a closing quote: a quoted field must end at a separator or a line end');
        else field += '"';
        i = j + 1;
      } else if (c === sep) {
        push();
        field = '';
        closed = false;
        i = j + 1;
      } else if (c === CR && j === text.length - 1 && !last) {
        // The LF of a CRLF may be in the next chunk.
        i = j;
        break;
      } else {
        end();
        i = j + (c === CR && text.charCodeAt(j + 1) === LF ? 2 : 1);
      }
    }
    rest = text.slice(i);
    checkField();
    if (last) {
      if (quoted) throw fail('syntax', 'a quoted field is not closed');
      if (field !== '' || record.length > 0 || closed) end();
    }
    return done;
  };

  for await (const chunk of source) {
    // The decoder drops a leading byte-order mark itself (ignoreBOM: false).
    const text = decode(chunk);
    if (text.includes('\0')) throw fail('encoding', 'not a text file');
    // The unfinished field is carried in `field`; only an undecided tail (a quote or CR at the end) is scanned again.
    yield* scan(rest + text, false);
  }
  yield* scan(rest + decode(), true);
}
