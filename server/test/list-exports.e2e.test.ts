import ExcelJS from 'exceljs';
import { version } from '../../package.json';
import { Api, useAppSession } from './support/app-session';
import { binary, listUrl } from './support/http';

const Q1_2020 = { publishedFrom: '2020-01-01', publishedTo: '2020-03-31' };

describe('list exports as workbooks', () => {
  const session = useAppSession('analyst', 'rpo');
  const { db } = session;
  const { analyst, rpo } = session.as;
  let north: number;

  beforeAll(async () => {
    north = await session.regionId('north-kazakhstan');
  });

  async function exported(path: string, who: Api = analyst): Promise<{ wb: ExcelJS.Workbook; fileName: string }> {
    const res = await who.get(path).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as Parameters<typeof wb.xlsx.load>[0]);
    const fileName = /filename="([^"]+)"/.exec(res.headers['content-disposition'])?.[1] ?? '';
    return { wb, fileName };
  }

  const materialsExport = (filter: object, extra = '') =>
    `/api/materials/export?filter=${encodeURIComponent(JSON.stringify(filter))}${extra}`;

  async function listTotal(resource: string, filter: object, who: Api = analyst): Promise<number> {
    const res = await who.get(listUrl(resource, { filter, range: [0, 0] })).expect(200);
    return Number(/\/(\d+)$/.exec(res.headers['content-range'])?.[1]);
  }

  /** The row of the table's header: below a title block of `lines` lines and a blank row. */
  const headerRow = (lines: number) => lines + 2;

  it('writes the materials the list shows with the same filter, ready for analysis and print', async () => {
    const filter = { ...Q1_2020, regionId: 5, channel: 'tv' };
    const { wb, fileName } = await exported(materialsExport(filter, '&lang=en'));
    expect(fileName).toBe('materials-2020-q1-west-kazakhstan-en.xlsx');
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('Materials');
    const total = await listTotal('materials', filter);
    expect(total).toBeGreaterThan(0);
    const HEADER = headerRow(7);
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((r) => ws.getRow(r).getCell(1).value)).toEqual([
      'Materials',
      'Period: 01.01.2020 – 31.03.2020',
      'Filters: Region: West Kazakhstan Region; Channel: TV',
      `Rows: ${total}`,
      expect.stringMatching(/^Generated: \d\d\.\d\d\.\d{4} \d\d:\d\d \(Almaty time\)$/),
      expect.stringMatching(/^By: .+ \(analyst\)$/),
      `App version: ${version}`,
      null,
    ]);
    expect(ws.getRow(HEADER).getCell(1).value).toBe('No.');
    expect(ws.rowCount - HEADER).toBe(total);
    const first = ws.getRow(HEADER + 1);
    expect(typeof first.getCell(1).value).toBe('number');
    expect(first.getCell(2).value).toBeInstanceOf(Date);
    expect(first.getCell(2).numFmt).toBe('dd.mm.yyyy');
    expect((first.getCell(2).value as Date).toISOString() >= '2020-01-01').toBe(true);
    expect(first.getCell(6).value).toBe('TV');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER });
    expect(ws.autoFilter).toBe(`A${HEADER}:R${ws.rowCount}`);
    expect(ws.pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER}:${HEADER}`,
    });
    expect(ws.getColumn(10).width).toBe(60);
  });

  it('names the file and speaks the language asked for, the whole country without a region in the name', async () => {
    const kk = await exported(materialsExport({ publishedFrom: '2020-01-01', publishedTo: '2020-12-31' }, '&lang=kk'));
    expect(kk.fileName).toBe('materials-2020-kk.xlsx');
    expect(kk.wb.worksheets[0].name).toBe('Материалдар');
    expect(kk.wb.worksheets[0].getRow(headerRow(7)).getCell(2).value).toBe('Күні');
    const ru = await exported(materialsExport({ ...Q1_2020, language: 'kk_ru', regionId: north }, '&lang=ru'));
    expect(ru.fileName).toBe('materials-2020-q1-north-kazakhstan-ru.xlsx');
    const all = await exported(materialsExport({ q: 'zzz-no-such-title' }, '&lang=ru'));
    expect(all.fileName).toBe('materials-ru.xlsx');
    expect(ru.wb.worksheets[0].getRow(3).getCell(1).value).toBe('Фильтры: Язык: Казахский и русский; Регион: Северо-Казахстанская область');
  });

  it('confines an RPO editor to their own region whatever they ask', async () => {
    const own = await exported(materialsExport(Q1_2020, '&lang=ru'), rpo);
    expect(own.fileName).toBe('materials-2020-q1-north-kazakhstan-ru.xlsx');
    const ws = own.wb.worksheets[0];
    const HEADER = headerRow(7);
    expect(ws.getRow(3).getCell(1).value).toBe('Фильтры: Регион: Северо-Казахстанская область');
    const regions = new Set<unknown>();
    for (let r = HEADER + 1; r <= ws.rowCount; r++) regions.add(ws.getRow(r).getCell(3).value);
    expect([...regions]).toEqual(['Северо-Казахстанская область']);
    expect(ws.rowCount - HEADER).toBe(await listTotal('materials', Q1_2020, rpo));
    const [{ n }] = (
      await db.query(
        `SELECT count(*)::int AS n FROM materials WHERE region_id = $1 AND published_on BETWEEN '2020-01-01' AND '2020-03-31'`,
        [north],
      )
    ).rows;
    expect(ws.rowCount - HEADER).toBe(n);

    const other = await exported(materialsExport({ ...Q1_2020, regionId: 5 }, '&lang=ru'), rpo);
    expect(other.fileName).toBe('materials-2020-q1-north-kazakhstan-ru.xlsx');
    expect(other.wb.worksheets[0].rowCount).toBe(HEADER);
  });

  it('exports only the selected rows, within the filter', async () => {
    const { rows } = await db.query(`SELECT id FROM materials WHERE region_id = $1 ORDER BY id LIMIT 3`, [north]);
    const ids = rows.map((r: { id: number }) => r.id);
    const { wb } = await exported(materialsExport({}, `&ids=${ids.join(',')}&lang=en`), rpo);
    const ws = wb.worksheets[0];
    const HEADER = headerRow(6);
    expect(ws.getRow(2).getCell(1).value).toBe('Filters: Region: North Kazakhstan Region; Selected rows: 3');
    const exportedIds = [HEADER + 1, HEADER + 2, HEADER + 3].map((r) => ws.getRow(r).getCell(1).value);
    expect(exportedIds.sort()).toEqual([...ids].sort());
    expect(ws.rowCount).toBe(HEADER + 3);
  });

  it('refuses malformed ids and filters with their codes', async () => {
    const bad = await analyst.get('/api/materials/export?ids=1,x').expect(400);
    expect(bad.body.code).toBe('validation.matches');
    const filter = await analyst.get(`/api/materials/export?filter=${encodeURIComponent('{"nope":1}')}`).expect(400);
    expect(filter.body.code).toBe('query.unknownField');
  });

  it('writes media plans with their items, as the plans list filters them', async () => {
    const { wb, fileName } = await exported(`/api/media-plans/export?filter=${encodeURIComponent('{"year":2020}')}&lang=en`);
    expect(fileName).toBe('media-plans-2020-en.xlsx');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Media plans', 'Items']);
    const [plans, items] = wb.worksheets;
    const HEADER = headerRow(5);
    expect(plans.getRow(2).getCell(1).value).toBe('Filters: Year: 2020');
    expect(plans.rowCount - HEADER).toBe(await listTotal('media-plans', { year: 2020 }));
    const { rows } = await db.query(
      `SELECT count(*)::int AS n, coalesce(sum(i.planned_count), 0)::int AS planned FROM media_plan_items i JOIN media_plans p ON p.id = i.media_plan_id WHERE p.year = 2020`,
    );
    expect(items.rowCount - HEADER).toBe(rows[0].n);
    let planned = 0;
    for (let r = HEADER + 1; r <= plans.rowCount; r++) planned += plans.getRow(r).getCell(9).value as number;
    expect(planned).toBe(rows[0].planned);
    for (const ws of [plans, items]) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER });
      expect(ws.autoFilter).toBe(`A${HEADER}:${ws.getColumn(ws.getRow(HEADER).cellCount).letter}${ws.rowCount}`);
      expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitlesRow: `${HEADER}:${HEADER}` });
    }
    const approved = [];
    for (let r = HEADER + 1; r <= plans.rowCount; r++) if (plans.getRow(r).getCell(7).value) approved.push(plans.getRow(r).getCell(7));
    for (const cell of approved) {
      expect(cell.value).toBeInstanceOf(Date);
      expect(cell.numFmt).toBe('dd.mm.yyyy hh:mm');
    }
  });

  it('writes the audit trail newest first, an RPO editor’s of their own region only', async () => {
    const { wb, fileName } = await exported('/api/audit-events/export?lang=ru', rpo);
    expect(fileName).toBe('audit-events-north-kazakhstan-ru.xlsx');
    const ws = wb.worksheets[0];
    const HEADER = headerRow(6);
    const total = await listTotal('audit-events', {}, rpo);
    expect(ws.rowCount - HEADER).toBe(total);
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM audit_events WHERE region_id = $1`, [north]);
    expect(total).toBe(rows[0].n);
    if (total > 0) {
      const first = ws.getRow(HEADER + 1);
      expect(first.getCell(2).value).toBeInstanceOf(Date);
      expect(first.getCell(2).numFmt).toBe('dd.mm.yyyy hh:mm');
      expect(first.getCell(7).value).toBe('Северо-Казахстанская область');
    }
    const ids: number[] = [];
    for (let r = HEADER + 1; r <= ws.rowCount; r++) ids.push(ws.getRow(r).getCell(1).value as number);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });
});
