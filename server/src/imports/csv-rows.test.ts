import { CsvError, csvRows } from './csv-rows';

async function read(chunks: (string | Buffer)[], separator: ',' | ';' = ';'): Promise<string[][]> {
  async function* source(): AsyncGenerator<Buffer> {
    for (const c of chunks) yield typeof c === 'string' ? Buffer.from(c) : c;
  }
  const records: string[][] = [];
  for await (const r of csvRows(source(), separator)) records.push(r);
  return records;
}

async function failure(chunks: (string | Buffer)[]): Promise<CsvError> {
  try {
    await read(chunks);
  } catch (e) {
    if (e instanceof CsvError) return e;
    throw e;
  }
  throw new Error('read without an error');
}

/** Every way of cutting the bytes in two, and byte by byte: chunk boundaries must not change the records. */
async function expectAnyChunking(bytes: Buffer, expected: string[][], separator: ',' | ';' = ';'): Promise<void> {
  expect(await read([bytes], separator)).toEqual(expected);
  expect(
    await read(
      [...bytes].map((b) => Buffer.from([b])),
      separator,
    ),
  ).toEqual(expected);
  for (let cut = 1; cut < bytes.length; cut++) {
    expect(await read([bytes.subarray(0, cut), bytes.subarray(cut)], separator)).toEqual(expected);
  }
}

describe('csvRows', () => {
  it('reads a semicolon CSV with a byte-order mark and CRLF, as Excel saves "CSV UTF-8" in Russian and Kazakh locales', async () => {
    const text = '\uFEFFЗаголовок;СМИ;Дата\r\nҚазақ тілі — мемлекеттік тіл;Egemen Qazaqstan;01.02.2020\r\n';
    await expectAnyChunking(Buffer.from(text), [
      ['Заголовок', 'СМИ', 'Дата'],
      ['Қазақ тілі — мемлекеттік тіл', 'Egemen Qazaqstan', '01.02.2020'],
    ]);
  });

  it('reads quoted fields with separators, line breaks and doubled quotes, and LF or CR line ends', async () => {
    const text = 'title,notes\n"Встреча, итоги","line one\r\nline two"\r"He said ""yes""",""\n';
    await expectAnyChunking(
      Buffer.from(text),
      [
        ['title', 'notes'],
        ['Встреча, итоги', 'line one\r\nline two'],
        ['He said "yes"', ''],
      ],
      ',',
    );
  });

  it('keeps blank lines as one empty field, reads a last line without a line end, and adds no record after a final one', async () => {
    expect(await read(['a;b\r\n\r\nc;d'])).toEqual([['a', 'b'], [''], ['c', 'd']]);
    expect(await read(['a;b\n'])).toEqual([['a', 'b']]);
    expect(await read(['a;\n;'])).toEqual([
      ['a', ''],
      ['', ''],
    ]);
    expect(await read([''])).toEqual([]);
  });

  it('keeps a quote inside an unquoted field as text, as Excel reads it', async () => {
    expect(await read(['Экран 32";ТВ\n'])).toEqual([['Экран 32"', 'ТВ']]);
  });

  it('refuses quotes that do not close properly, naming the record', async () => {
    const open = await failure(['a;b\n"not closed;c\n']);
    expect(open.kind).toBe('syntax');
    expect(open.record).toBe(2);
    expect(open.message).toMatch(/not closed/);
    const after = await failure(['a;b\nc;"quoted"d\n']);
    expect(after).toMatchObject({ kind: 'syntax', record: 2 });
    expect(after.message).toMatch(/after a closing quote/);
  });

  it('refuses bytes that are not UTF-8 text', async () => {
    expect(await failure([Buffer.from([0x61, 0x3b, 0xcf, 0x0a])])).toMatchObject({ kind: 'encoding', record: 1 });
    expect(await failure(['a;b\n', Buffer.from([0x63, 0x00, 0x64])])).toMatchObject({ kind: 'encoding', record: 2 });
    expect(await failure([Buffer.from('a;'), Buffer.from([0xd2])])).toMatchObject({ kind: 'encoding' });
  });
});
