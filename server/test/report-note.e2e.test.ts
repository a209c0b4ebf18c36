import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type request from 'supertest';
import { Api, useAppSession } from './support/app-session';
import { binary } from './support/http';

const NBSP = '\u00a0';

/** A Word document's paragraphs as text, table cells included, in document order. */
async function paragraphs(docx: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml) throw new Error('no document.xml');
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescape(t[1])).join(''),
  );
}

/** The whole numbers of a text, thousands separators and all. */
const numbers = (text: string): number[] =>
  (
    text
      .replace(new RegExp(NBSP, 'g'), '')
      .replace(/,(?=\d{3})/g, '')
      .match(/\d+/g) ?? []
  ).map(Number);

describe('the note drafted from the register', () => {
  const { analyst, rpo } = useAppSession('analyst', 'rpo').as;

  async function note(query: string, who: Api = analyst): Promise<{ text: string[]; res: request.Response }> {
    const res = await who.get(`/api/reports/note?${query}`).buffer(true).parse(binary).expect(200);
    return { text: await paragraphs(res.body as Buffer), res };
  }

  async function workbook(query: string, who: Api = analyst): Promise<ExcelJS.Workbook> {
    const res = await who.get(`/api/reports/quarterly?${query}`).buffer(true).parse(binary).expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as Parameters<typeof wb.xlsx.load>[0]);
    return wb;
  }

  const GUIDE_FIGURES = [9365, 1942, 924, 1018, 3271, 1107, 2164, 1325, 2827];

  it('opens the 2020 national note in Russian with the guide’s sentence and its figures in order', async () => {
    const { text, res } = await note('year=2020&lang=ru');
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="note-2020-ru.docx"; filename*=UTF-8''note-2020-ru.docx`);
    expect(text[0]).toBe('СПРАВКА');
    const opening = text.find((p) => p.startsWith('За 2020 год'));
    expect(opening).toBe(
      `За 2020 год в рамках реализации Программы в республиканских и региональных средствах массовой информации опубликовано 9${NBSP}365 материалов. ` +
        `В том числе в республиканских СМИ – 1${NBSP}942 (телеканалы – 924, печатные СМИ – 1${NBSP}018), в региональных СМИ – 3${NBSP}271 ` +
        `(телеканалы – 1${NBSP}107, печатные СМИ – 2${NBSP}164), интернет-ресурсах – 1${NBSP}325, в социальных медиа зафиксировано 2${NBSP}827 содержательных записей.`,
    );
    expect(numbers(opening ?? '').slice(1)).toEqual(GUIDE_FIGURES);
    expect(text).toEqual(
      expect.arrayContaining(['1. Общие итоги', '2. Регионы', '3. Приоритетные направления', '4. Исполнение медиапланов']),
    );
    expect(text.some((p) => p.startsWith('Ниже собственного среднемесячного уровня') || p.startsWith('Ни один регион'))).toBe(true);
    expect(text.some((p) => p.startsWith('Из общего числа материалов на русском языке и на двух языках'))).toBe(true);
  });

  it('opens the 2020 national note in Kazakh with the guide’s sentence and its figures in order', async () => {
    const { text, res } = await note('year=2020&lang=kk');
    expect(res.headers['content-disposition']).toContain('filename="note-2020-kk.docx"');
    expect(text[0]).toBe('АНЫҚТАМА');
    const opening = text.find((p) => p.startsWith('2020 жылы Бағдарламаны іске асыру шеңберінде республикалық'));
    expect(opening).toBe(
      `2020 жылы Бағдарламаны іске асыру шеңберінде республикалық және өңірлік бұқаралық ақпарат құралдарында 9${NBSP}365 материал жарияланды. ` +
        `Оның ішінде республикалық БАҚ-та – 1${NBSP}942 (телеарналар – 924, баспа БАҚ – 1${NBSP}018), өңірлік БАҚ-та – 3${NBSP}271 ` +
        `(телеарналар – 1${NBSP}107, баспа БАҚ – 2${NBSP}164), интернет-ресурстарда – 1${NBSP}325, әлеуметтік медиада 2${NBSP}827 мазмұнды жазба тіркелген.`,
    );
    expect(numbers(opening ?? '').slice(1)).toEqual(GUIDE_FIGURES);
  });

  it('writes English figures with commas', async () => {
    const { text, res } = await note('year=2020&lang=en');
    expect(res.headers['content-disposition']).toContain('filename="note-2020-en.docx"');
    const opening = text.find((p) => p.startsWith('In 2020'));
    expect(opening).toContain('published 9,365 materials');
    expect(numbers(opening ?? '').slice(1)).toEqual(GUIDE_FIGURES);
  });

  it('agrees with the quarterly workbook for a quarter: the national figures and the regions table', async () => {
    const { text, res } = await note('year=2020&quarter=2&lang=ru');
    expect(res.headers['content-disposition']).toContain('filename="note-2020-q2-ru.docx"');
    const wb = await workbook('year=2020&quarter=2&lang=ru');
    const national = wb.getWorksheet('Общий свод');
    const regions = wb.getWorksheet('Регионы × каналы');
    if (!national || !regions) throw new Error('missing sheet');
    const cell = (row: number, col: number) => national.getRow(8 + row).getCell(col).value as number;
    const opening = text.find((p) => p.startsWith('За II квартал 2020 года'));
    expect(numbers(opening ?? '')).toEqual([
      2020,
      cell(5, 2),
      cell(1, 2),
      cell(1, 3),
      cell(1, 5),
      cell(2, 2),
      cell(2, 3),
      cell(2, 5),
      cell(3, 2),
      cell(4, 2),
    ]);
    const totalRow = regions.getRow(regions.rowCount);
    const total = text.lastIndexOf('Всего');
    expect(text.slice(text.indexOf('Регион') + 1, text.indexOf('Регион') + 8)).toEqual([
      'ТВ',
      'Радио',
      'Печать',
      'Интернет',
      'Соцсети',
      'Всего',
      'Акмолинская область',
    ]);
    const noteTotals = text.slice(total + 1, total + 7).map((t) => numbers(t)[0]);
    expect(noteTotals).toEqual([2, 3, 4, 5, 6, 7].map((c) => totalRow.getCell(c).value));
  });

  it('covers only an RPO editor’s region whatever region they ask for, and names the file by it', async () => {
    const { text, res } = await note('year=2020&quarter=1&lang=kk&regionId=5', rpo);
    expect(res.headers['content-disposition']).toContain('filename="note-2020-q1-north-kazakhstan-kk.docx"');
    const wb = await workbook('year=2020&quarter=1&lang=kk', rpo);
    const national = wb.getWorksheet('Жалпы жиынтық');
    if (!national) throw new Error('missing sheet');
    const opening = text.find((p) => p.startsWith('Солтүстік Қазақстан облысы бойынша 2020 жылдың I тоқсанында'));
    expect(numbers(opening ?? '')[1]).toBe(national.getRow(13).getCell(2).value);
    const table = text.slice(text.indexOf('Өңір'), text.lastIndexOf('Барлығы'));
    expect(table.filter((p) => /облысы|қаласы/.test(p))).toEqual(['Солтүстік Қазақстан облысы']);
    const other = await note('year=2020&quarter=1&lang=ru&regionId=5');
    expect(other.res.headers['content-disposition']).toContain('filename="note-2020-q1-west-kazakhstan-ru.docx"');
    expect(other.text.find((p) => p.startsWith('По региону «Западно-Казахстанская область» за I квартал 2020 года'))).toBeDefined();
  });

  it('compares with the previous period only where it has data', async () => {
    const q1 = await note('year=2020&quarter=1&lang=ru');
    const q2 = await note('year=2020&quarter=2&lang=ru');
    expect(q1.text.some((p) => p.startsWith('Данных за предыдущий период (IV квартал 2019 года)'))).toBe(true);
    expect(q2.text.find((p) => p.startsWith('По сравнению с предыдущим периодом (I квартал 2020 года –'))).toMatch(
      /изменение составило [+−]/,
    );
  });

  it.each([
    ['year=2020&quarter=5', 'quarter'],
    ['year=2020&quarter=0', 'quarter'],
    ['year=2020&quarter=x', 'quarter'],
    ['quarter=1', 'year'],
    ['year=abc', 'year'],
    ['year=2020&lang=de', 'lang'],
    ['year=2020&regionId=abc', 'regionId'],
    ['year=2020&format=pdf', 'format'],
  ])('answers %s with 400 naming %s', async (query, field) => {
    const res = await analyst.get(`/api/reports/note?${query}`).expect(400);
    expect(res.body).toMatchObject({ code: expect.stringMatching(/^validation\./), field });
  });
});
