import ExcelJS from 'exceljs';
import { Api, useAppSession } from './support/app-session';
import { binary, listUrl } from './support/http';

/** The header row of a table under a title block of six lines (title, filters, rows, when, by whom, version). */
const HEADER = 8;

type Query = { filter?: object; sort?: [string, string]; lang?: string };

const exportUrl = (list: string, q: Query) =>
  `/api/${list}/export?${[
    q.filter && `filter=${encodeURIComponent(JSON.stringify(q.filter))}`,
    q.sort && `sort=${encodeURIComponent(JSON.stringify(q.sort))}`,
    q.lang && `lang=${q.lang}`,
  ]
    .filter(Boolean)
    .join('&')}`;

/** The values of a column of the table, top to bottom. */
function column(ws: ExcelJS.Worksheet, c: number, headerRow = HEADER): unknown[] {
  const values: unknown[] = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r++) values.push(ws.getRow(r).getCell(c).value);
  return values;
}

const header = (ws: ExcelJS.Worksheet): unknown[] => (ws.getRow(HEADER).values as unknown[]).slice(1);

describe('exports of the items, users, outlets, rubrics and references', () => {
  const session = useAppSession('admin', 'analyst', 'rpo');
  const { db } = session;
  const { admin, analyst, rpo } = session.as;
  let north: number;

  beforeAll(async () => {
    north = await session.regionId('north-kazakhstan');
  });

  async function exported(
    list: string,
    q: Query,
    who: Api = analyst,
  ): Promise<{ wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet; fileName: string }> {
    const res = await who.get(exportUrl(list, q)).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as Parameters<typeof wb.xlsx.load>[0]);
    const fileName = /filename="([^"]+)"/.exec(res.headers['content-disposition'])?.[1] ?? '';
    return { wb, ws: wb.worksheets[0], fileName };
  }

  /** The list's total and the ids of its first page, with the same filter and sort. */
  async function listed(list: string, q: Query, who: Api = analyst): Promise<{ total: number; ids: number[] }> {
    const res = await who.get(listUrl(list, { filter: q.filter ?? {}, range: [0, 99], ...(q.sort ? { sort: q.sort } : {}) })).expect(200);
    return { total: Number(/\/(\d+)$/.exec(res.headers['content-range'])?.[1]), ids: res.body.map((r: { id: number }) => r.id) };
  }

  it('writes the users for an administrator, labels in the language asked for and no secret', async () => {
    const ru = await exported('users', { filter: { role: 'rpo_editor' }, lang: 'ru' }, admin);
    expect(ru.fileName).toBe('users-ru.xlsx');
    expect(ru.ws.name).toBe('Пользователи');
    expect(ru.ws.getRow(1).getCell(1).value).toBe('Пользователи');
    expect(ru.ws.getRow(2).getCell(1).value).toBe('Фильтры: Роль: Редактор РПО');
    expect(header(ru.ws)).toEqual(['№', 'Логин', 'ФИО', 'Роль', 'Регион', 'Язык интерфейса', 'Активен', 'Создан']);
    const { total } = await listed('users', { filter: { role: 'rpo_editor' } }, admin);
    expect(ru.ws.rowCount - HEADER).toBe(total);
    expect(new Set(column(ru.ws, 4))).toEqual(new Set(['Редактор РПО']));
    const created = ru.ws.getRow(HEADER + 1).getCell(8);
    expect(created.value).toBeInstanceOf(Date);
    expect(created.numFmt).toBe('dd.mm.yyyy hh:mm');
    expect(ru.ws.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER });
    expect(ru.ws.autoFilter).toBe(`A${HEADER}:H${ru.ws.rowCount}`);
    expect(ru.ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitlesRow: `${HEADER}:${HEADER}` });

    const kk = await exported('users', { lang: 'kk' }, admin);
    expect(kk.fileName).toBe('users-kk.xlsx');
    expect(header(kk.ws)).toEqual(['№', 'Логин', 'Аты-жөні', 'Рөлі', 'Өңір', 'Интерфейс тілі', 'Белсенді', 'Құрылды']);
    expect(column(kk.ws, 4)).toContain('Әкімші');
    const hashes = (await db.query(`SELECT password_hash FROM users`)).rows.map((r: { password_hash: string }) => r.password_hash);
    expect(hashes.length).toBeGreaterThan(0);
    const cells: string[] = [];
    kk.ws.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
    expect(cells.filter((cell) => cell.startsWith('$2') || hashes.includes(cell))).toEqual([]);
    expect(kk.ws.rowCount - HEADER).toBe((await listed('users', {}, admin)).total);
  });

  it('refuses the users export to anyone but an administrator', async () => {
    for (const who of [analyst, rpo]) {
      const res = await who.get('/api/users/export').expect(403);
      expect(res.body.code).toBe('access.role');
    }
  });

  it('writes the outlets the list shows with the same filter, codes by their labels', async () => {
    const filter = { kind: 'tv', regionId: north };
    const { ws, fileName } = await exported('outlets', { filter, lang: 'ru' });
    expect(fileName).toBe('outlets-north-kazakhstan-ru.xlsx');
    expect(ws.getRow(2).getCell(1).value).toBe('Фильтры: Канал: ТВ; Регион: Северо-Казахстанская область');
    expect(header(ws)).toEqual(['№', 'Название', 'Канал', 'Уровень', 'Регион', 'Языки', 'Сайт', 'Активно']);
    const { total, ids } = await listed('outlets', { filter });
    expect(total).toBeGreaterThan(0);
    expect(column(ws, 1)).toEqual(ids);
    expect(new Set(column(ws, 3))).toEqual(new Set(['ТВ']));
    expect(new Set(column(ws, 5))).toEqual(new Set(['Северо-Казахстанская область']));
    const kk = await exported('outlets', { filter, lang: 'kk' });
    expect(header(kk.ws)[2]).toBe('Арна');
    expect(kk.ws.getRow(2).getCell(1).value).toBe('Сүзгілер: Арна: ТВ; Өңір: Солтүстік Қазақстан облысы');
  });

  it('follows the list’s sort, either way, and refuses a field the list cannot sort by', async () => {
    for (const order of ['ASC', 'DESC']) {
      const q: Query = { sort: ['name', order] };
      const { ws } = await exported('outlets', { ...q, lang: 'en' });
      expect(column(ws, 1).slice(0, 100)).toEqual((await listed('outlets', q)).ids);
    }
    const asc = await exported('materials', {
      filter: { publishedFrom: '2020-01-01', publishedTo: '2020-03-31' },
      sort: ['publishedOn', 'ASC'],
    });
    // The materials' title block has a line more, the period.
    const dates = column(asc.ws, 2, HEADER + 1) as Date[];
    expect(dates.length).toBe((await listed('materials', { filter: { publishedFrom: '2020-01-01', publishedTo: '2020-03-31' } })).total);
    expect(dates.map((d) => d.getTime())).toEqual([...dates].map((d) => d.getTime()).sort((a, b) => a - b));
    const byTitle = { filter: { publishedFrom: '2020-01-01', publishedTo: '2020-01-31' }, sort: ['title', 'DESC'] as [string, string] };
    expect(column((await exported('materials', byTitle)).ws, 1, HEADER + 1).slice(0, 100)).toEqual(
      (await listed('materials', byTitle)).ids,
    );

    for (const list of ['outlets', 'materials', 'media-plan-items', 'regions']) {
      const bad = await analyst.get(exportUrl(list, { sort: ['passwordHash', 'ASC'] })).expect(400);
      expect(bad.body.code).toBe('query.unknownField');
      expect(bad.body.message).toContain('passwordHash');
    }
    const badUsers = await admin.get(exportUrl('users', { sort: ['passwordHash', 'ASC'] })).expect(400);
    expect(badUsers.body.code).toBe('query.unknownField');
  });

  it('writes the media plans in the list’s order, and their items by plan', async () => {
    for (const sort of [
      ['id', 'ASC'],
      ['title', 'DESC'],
    ] as [string, string][]) {
      const [plans, items] = (await exported('media-plans', { sort, lang: 'en' })).wb.worksheets;
      // The media plans' title block has no row count: a line less.
      const planIds = column(plans, 1, HEADER - 1);
      expect(planIds.slice(0, 100)).toEqual((await listed('media-plans', { sort })).ids);
      const itemPlans = column(items, 1, HEADER - 1);
      expect([...new Set(itemPlans)]).toEqual(planIds.filter((id) => itemPlans.includes(id)));
    }
  });

  it('writes the media plan items an RPO editor’s list shows, in its order', async () => {
    const q: Query = { sort: ['plannedCount', 'DESC'], lang: 'ru' };
    const { ws, fileName } = await exported('media-plan-items', q, rpo);
    expect(fileName).toBe('media-plan-items-north-kazakhstan-ru.xlsx');
    expect(ws.name).toBe('Пункты');
    expect(header(ws)[4]).toBe('Тема');
    expect(ws.getRow(2).getCell(1).value).toBe('Фильтры: Регион: Северо-Казахстанская область');
    const { total, ids } = await listed('media-plan-items', q, rpo);
    expect(total).toBeGreaterThan(0);
    expect(ws.rowCount - HEADER).toBe(total);
    expect(column(ws, 4).slice(0, 100)).toEqual(ids);
    const planned = column(ws, 15) as number[];
    expect(planned).toEqual([...planned].sort((a, b) => b - a));
    for (const region of column(ws, 3)) expect(['Северо-Казахстанская область', 'Республиканский уровень']).toContain(region);
    const channels = column(ws, 6);
    expect(channels.every((c) => ['ТВ', 'Радио', 'Печать', 'Интернет', 'Соцсети'].includes(String(c)))).toBe(true);

    const [{ id: plan }] = (await db.query(`SELECT id FROM media_plans WHERE region_id = $1 ORDER BY id LIMIT 1`, [north])).rows;
    const one = await exported('media-plan-items', { filter: { mediaPlanId: plan }, lang: 'kk' });
    expect(one.ws.getRow(2).getCell(1).value).toBe(`Сүзгілер: Медиажоспар №: ${plan}`);
    expect(one.ws.getRow(HEADER).getCell(5).value).toBe('Тақырыбы');
    const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM media_plan_items WHERE media_plan_id = $1`, [plan])).rows;
    expect(one.ws.rowCount - HEADER).toBe(n);
    expect(new Set(column(one.ws, 1))).toEqual(new Set([plan]));
  });

  it("writes an item's rubric and its target audiences, several in one cell, named in the language asked for", async () => {
    const [item] = (await db.query(`SELECT id, media_plan_id AS plan FROM media_plan_items ORDER BY id LIMIT 1`)).rows;
    const [rubric] = (await db.query(`SELECT id, name FROM rubrics ORDER BY id LIMIT 1`)).rows;
    const audiences = (await db.query(`SELECT id, name_kk, name_ru, name_en FROM target_audiences ORDER BY id LIMIT 2`)).rows;
    await db.query(`UPDATE media_plan_items SET rubric_id = $2 WHERE id = $1`, [item.id, rubric.id]);
    await db.query(`DELETE FROM media_plan_item_target_audiences WHERE media_plan_item_id = $1`, [item.id]);
    await db.query(`INSERT INTO media_plan_item_target_audiences SELECT $1, unnest($2::int[])`, [item.id, audiences.map((a) => a.id)]);
    // One cell, the names joined with commas; their order is the database's collation.
    const names = (cell: unknown) => String(cell).split(', ').sort();
    const named = (name: string) => audiences.map((a) => a[name] as string).sort();

    for (const [lang, rubricLabel, audienceLabel] of [
      ['ru', 'Рубрика', 'Целевые аудитории'],
      ['kk', 'Айдар', 'Мақсатты аудиториялар'],
      ['en', 'Rubric', 'Target audiences'],
    ]) {
      const { ws } = await exported('media-plan-items', { filter: { mediaPlanId: item.plan }, lang });
      expect([header(ws)[8], header(ws)[11]]).toEqual([rubricLabel, audienceLabel]);
      const row = ws.getRow(HEADER + 1 + column(ws, 4).indexOf(item.id));
      expect([row.getCell(9).value, names(row.getCell(12).value)]).toEqual([rubric.name, named(`name_${lang}`)]);
    }
    const [, items] = (await exported('media-plans', { filter: { id: [item.plan] }, lang: 'ru' })).wb.worksheets;
    // The media plans' title block has no row count: a line less.
    const row = items.getRow(HEADER + column(items, 4, HEADER - 1).indexOf(item.id));
    expect([row.getCell(9).value, names(row.getCell(12).value)]).toEqual([rubric.name, named('name_ru')]);
  });

  it('writes the rubrics and the named references, names in Kazakh and Russian, days as date cells', async () => {
    const regions = await exported('regions', { sort: ['kato', 'ASC'], lang: 'ru' });
    expect(regions.fileName).toBe('regions-ru.xlsx');
    expect(header(regions.ws)).toEqual(['№', 'Код', 'Название (каз.)', 'Название (рус.)', 'КАТО', 'Тип', 'Действует с', 'Действует по']);
    const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM regions`)).rows;
    expect(regions.ws.rowCount - HEADER).toBe(n);
    expect(column(regions.ws, 1)).toEqual((await listed('regions', { sort: ['kato', 'ASC'] })).ids);
    const northRow = regions.ws.getRow(HEADER + 1 + column(regions.ws, 1).indexOf(north));
    expect([northRow.getCell(3).value, northRow.getCell(4).value, northRow.getCell(6).value]).toEqual([
      'Солтүстік Қазақстан облысы',
      'Северо-Казахстанская область',
      'Область',
    ]);
    expect(northRow.getCell(7).value).toBeInstanceOf(Date);
    expect(northRow.getCell(7).numFmt).toBe('dd.mm.yyyy');
    const kkRegions = await exported('regions', { filter: { kind: 'city' }, lang: 'kk' });
    expect(kkRegions.ws.getRow(2).getCell(1).value).toBe('Сүзгілер: Түрі: Республикалық маңызы бар қала');
    expect(header(kkRegions.ws)[2]).toBe('Атауы (қаз.)');

    const [{ id: direction }] = (await db.query(`SELECT id FROM directions ORDER BY id LIMIT 1`)).rows;
    const projects = await exported('special-projects', { filter: { directionId: direction }, lang: 'en' });
    expect(projects.fileName).toBe('special-projects-en.xlsx');
    const [{ count }] = (await db.query(`SELECT count(*)::int FROM special_projects WHERE direction_id = $1`, [direction])).rows;
    expect(projects.ws.rowCount - HEADER).toBe(count);
    expect(header(projects.ws)).toEqual(['No.', 'Code', 'Name (Kazakh)', 'Name (Russian)', 'Direction', 'Introduced in']);

    for (const list of ['directions', 'target-audiences', 'rubrics']) {
      const { ws, fileName } = await exported(list, { lang: 'kk' }, rpo);
      expect(fileName).toBe(`${list}-kk.xlsx`);
      expect(ws.rowCount - HEADER).toBe((await listed(list, {}, rpo)).total);
    }
    const rubrics = await exported('rubrics', { lang: 'ru' });
    expect(header(rubrics.ws)).toEqual(['№', 'Название', 'СМИ', 'Регион СМИ', 'Спецпроект', 'Активна']);
    for (const active of column(rubrics.ws, 6)) expect(['да', 'нет']).toContain(active);
  });
});
