import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sheetXml, workbookAround, writeZip, ZipPart } from '../../test/support/zip-writer';
import { readXlsx, SheetRow, UnreadableFileError } from './sheet-parsing';
import { UploadLimitError } from './upload-limits';

describe('readXlsx', () => {
  let dir: string;
  beforeAll(async () => (dir = await mkdtemp(join(tmpdir(), 'sheet-parsing-'))));
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const rowsOf = async (parts: ZipPart[]): Promise<SheetRow[]> => {
    const path = join(dir, `${Math.random()}.xlsx`);
    await writeFile(path, await writeZip(parts));
    const rows: SheetRow[] = [];
    for await (const row of readXlsx('test.xlsx', path)) rows.push(row);
    return rows;
  };

  it('keeps the text of cells and drops only what is no element content', async () => {
    const strings: ZipPart = {
      name: 'xl/sharedStrings.xml',
      text: '<sst>\n  <si><r><t>foo</t></r><r><t xml:space="preserve"> </t></r><r><t>bar</t></r></si> stray\n  <si><t>a/>b &gt; c</t></si></sst>',
    };
    const sheet = sheetXml(
      '\n  <row r="1">  <c r="A1" t="s"><v>0</v></c>junk <c r="B1" t="s"><v>1</v></c><c r="C1"><v>42</v></c>  </row>\n',
    );
    expect(await rowsOf(workbookAround({ name: '', text: sheet }, [strings]))).toEqual([
      { number: 1, cells: ['foo bar', 'a/>b > c', '42'] },
    ]);
  });

  it('refuses an entry that holds more than its headers declare, and one that passes a limit', async () => {
    const lying = rowsOf(workbookAround({ name: '', text: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>'), declaredSize: 10 }));
    await expect(lying).rejects.toThrow(UnreadableFileError);
    await expect(lying).rejects.toThrow(/declares 10 bytes/);
    const wide = rowsOf(workbookAround({ name: '', text: sheetXml('<row r="1"><c r="GT1"><v>1</v></c></row>') }));
    await expect(wide).rejects.toThrow(UploadLimitError);
    await expect(wide).rejects.toMatchObject({ limit: 'columns', max: 200 });
  });
});
