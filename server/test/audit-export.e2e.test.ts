import ExcelJS from 'exceljs';
import { binary, listUrl } from './support/http';
import { Api, useAppSession } from './support/app-session';

/** The columns of the audit workbook, 1-based. */
const COLUMN = { id: 1, at: 2, who: 3, roleAndRegion: 4, section: 5, record: 6, region: 7, action: 8, changes: 9, comment: 10 };

describe('the audit trail as a workbook, worded as the list words it', () => {
  const session = useAppSession('rpo', 'otherRpo', 'analyst', 'approver');
  const { db } = session;
  const { rpo, otherRpo, analyst, approver } = session.as;
  let me: { id: number; fullName: string; regionId: number };
  let region: { name_kk: string; name_ru: string; name_en: string };
  let outletA: { id: number; name: string };
  let outletB: { id: number; name: string };
  let material: { id: number; title: string };
  const events = {} as Record<'edit' | 'approve' | 'quarter' | 'import' | 'evidence', number>;

  async function exported(who: Api, query: string): Promise<{ ws: ExcelJS.Worksheet; fileName: string; header: number }> {
    const res = await who.get(`/api/audit-events/export?${query}`).buffer(true).parse(binary).expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as Parameters<typeof wb.xlsx.load>[0]);
    const ws = wb.worksheets[0];
    let header = 1;
    while (ws.getRow(header).getCell(1).value !== 'No.' && ws.getRow(header).getCell(1).value !== '№') header++;
    return { ws, header, fileName: /filename="([^"]+)"/.exec(res.headers['content-disposition'])?.[1] ?? '' };
  }

  /** The exported rows by event id, each as its cells. */
  async function rowsOf(who: Api, query: string): Promise<Map<number, unknown[]>> {
    const { ws, header } = await exported(who, query);
    const rows = new Map<number, unknown[]>();
    for (let r = header + 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      rows.set(
        row.getCell(1).value as number,
        Object.values(COLUMN).map((c) => row.getCell(c).value),
      );
    }
    return rows;
  }

  const lastEvent = async (where: string, params: unknown[]): Promise<number> =>
    (await db.query(`SELECT max(id) AS id FROM audit_events WHERE ${where}`, params)).rows[0].id;

  beforeAll(async () => {
    me = (await rpo.get('/api/auth/me').expect(200)).body;
    region = (await db.query('SELECT name_kk, name_ru, name_en FROM regions WHERE id = $1', [me.regionId])).rows[0];
    // Two outlets of one kind, so that the edit changes the outlet alone (the channel follows the outlet's kind).
    [outletA, outletB] = (
      await db.query(
        `SELECT id, name FROM outlets
          WHERE region_id = $1 AND kind = (SELECT kind FROM outlets WHERE region_id = $1 GROUP BY kind HAVING count(*) > 1 ORDER BY kind LIMIT 1)
          ORDER BY id LIMIT 2`,
        [me.regionId],
      )
    ).rows;
    const created = (
      await rpo
        .post('/api/materials', {
          outletId: outletA.id,
          title: 'Журнал в Excel',
          language: 'kk',
          format: 'article',
          publishedOn: '2025-03-04',
        })
        .expect(201)
    ).body;
    await rpo.put(`/api/materials/${created.id}`, { ...created, outletId: outletB.id }).expect(200);
    material = created;
    events.edit = await lastEvent(`resource = 'materials' AND record_id = $1 AND action = 'update'`, [created.id]);

    const year = await session.freePlanYear(me.regionId);
    const plan = (await rpo.post('/api/media-plans', { year, title: `План ${year}` }).expect(201)).body;
    await rpo
      .post('/api/media-plan-items', { mediaPlanId: plan.id, topic: 'Тема', format: 'article', channel: 'print', plannedCount: 2 })
      .expect(201);
    await rpo.post(`/api/media-plans/${plan.id}/submit`).expect(200);
    await approver.post(`/api/media-plans/${plan.id}/approve`, { comment: 'Согласовано' }).expect(200);
    events.approve = await lastEvent(`resource = 'media-plans' AND record_id = $1 AND action = 'approve'`, [plan.id]);

    await rpo.post('/api/quarters/submit', { year: 2021, quarter: 3 }).expect(200);
    events.quarter = await lastEvent(`action = 'quarter_submit' AND region_id = $1`, [me.regionId]);

    // An import's and an evidence file's entries as imports.service.ts and evidence.service.ts write them.
    events.import = (
      await db.query(
        `INSERT INTO audit_events (user_id, action, resource, record_id, region_id, changes, comment)
         VALUES ($1, 'import', 'materials', NULL, $2, '{"created":{"before":0,"after":21}}', 'март.xlsx') RETURNING id`,
        [me.id, me.regionId],
      )
    ).rows[0].id;
    events.evidence = (
      await db.query(
        `INSERT INTO audit_events (user_id, action, resource, record_id, region_id, changes)
         VALUES ($1, 'evidence_add', 'materials', $2, $3, $4) RETURNING id`,
        [me.id, created.id, me.regionId, { evidence: { before: null, after: { id: 1, fileName: 'скан.pdf', size: 10 } } }],
      )
    ).rows[0].id;
  });

  const picked = () => `ids=${Object.values(events).join(',')}`;

  it('words each step as a sentence and an edit as "field: before → after", references by name, in Russian', async () => {
    const rows = await rowsOf(analyst, `${picked()}&lang=ru`);
    const [id, at, who, roleAndRegion, section, record, eventRegion, action, changes, comment] = rows.get(events.edit) ?? [];
    expect(id).toBe(events.edit);
    expect(at).toBeInstanceOf(Date);
    expect({ who, roleAndRegion, section, record, eventRegion, action, comment }).toEqual({
      who: me.fullName,
      roleAndRegion: `Редактор РПО · ${region.name_ru}`,
      section: 'Материалы',
      record: `Материал «${material.title}»`,
      eventRegion: region.name_ru,
      action: 'Изменение',
      comment: null,
    });
    expect(changes).toBe(`СМИ: ${outletA.name} → ${outletB.name}`);
    expect(rows.get(events.approve)?.slice(4, 10)).toEqual([
      'Медиапланы',
      expect.stringMatching(/^Медиаплан «План \d{4}»$/),
      region.name_ru,
      'Утверждение',
      'План утверждён. Комментарий: «Согласовано»',
      null,
    ]);
    expect(rows.get(events.quarter)?.[8]).toBe('3 квартал 2021 года отправлен на утверждение');
    expect(rows.get(events.import)?.[8]).toBe('Из файла «март.xlsx» импортирован 21 материал');
    expect(rows.get(events.evidence)?.[8]).toBe('Прикреплено подтверждение публикации: «скан.pdf»');
  });

  it('speaks Kazakh and English with their own plural forms and names', async () => {
    const kk = await rowsOf(analyst, `${picked()}&lang=kk`);
    expect(kk.get(events.edit)?.slice(3, 9)).toEqual([
      `ӨЖО редакторы · ${region.name_kk}`,
      'Материалдар',
      `Материал «${material.title}»`,
      region.name_kk,
      'Өзгерту',
      `БАҚ: ${outletA.name} → ${outletB.name}`,
    ]);
    expect(kk.get(events.approve)?.[8]).toBe('Жоспар бекітілді. Түсініктеме: «Согласовано»');
    expect(kk.get(events.quarter)?.[8]).toBe('2021 жылғы 3-тоқсан бекітуге жіберілді');
    expect(kk.get(events.import)?.[8]).toBe('«март.xlsx» файлынан 21 материал импортталды');
    expect(kk.get(events.evidence)?.[8]).toBe('Жариялау дәлелі тіркелді: «скан.pdf»');

    const en = await rowsOf(analyst, `${picked()}&lang=en`);
    expect(en.get(events.edit)?.[8]).toBe(`Outlet: ${outletA.name} → ${outletB.name}`);
    expect(en.get(events.edit)?.[4]).toBe('Materials');
    expect(en.get(events.approve)?.[8]).toBe('The plan was approved. Comment: “Согласовано”');
    expect(en.get(events.import)?.[8]).toBe('Imported 21 materials from the file “март.xlsx”');
  });

  it('holds the filters of the list, says them in words and names the file by period, region and language', async () => {
    const year = new Date().getFullYear();
    const filter = { resource: 'materials', action: 'update', recordId: material.id, from: `${year}-01-01`, to: `${year}-12-31` };
    const { ws, header, fileName } = await exported(analyst, `filter=${encodeURIComponent(JSON.stringify(filter))}&lang=ru`);
    expect(fileName).toBe(`audit-events-${year}-ru.xlsx`);
    expect(ws.getRow(1).getCell(1).value).toBe('Журнал изменений');
    expect(ws.getRow(2).getCell(1).value).toBe(`Период: 01.01.${year} – 31.12.${year}`);
    expect(ws.getRow(3).getCell(1).value).toBe(`Фильтры: Раздел: Материалы; Действие: Изменение; Запись: ${material.id}`);
    expect(ws.getRow(header).values).toEqual([
      undefined,
      '№',
      'Когда',
      'Кто',
      'Роль и регион',
      'Раздел',
      'Запись',
      'Регион',
      'Действие',
      'Изменения',
      'Комментарий',
    ]);
    expect(ws.rowCount - header).toBe(1);
    expect(ws.getRow(header + 1).getCell(1).value).toBe(events.edit);
    expect(ws.getRow(header + 1).getCell(COLUMN.at).numFmt).toBe('dd.mm.yyyy hh:mm');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: header });
    expect(ws.autoFilter).toBe(`A${header}:J${header + 1}`);
    const total = Number(
      /\/(\d+)$/.exec((await analyst.get(listUrl('audit-events', { filter, range: [0, 0] })).expect(200)).headers['content-range'])?.[1],
    );
    expect(total).toBe(1);
  });

  it("gives an RPO editor their own region's events only", async () => {
    const own = await rowsOf(rpo, `${picked()}&lang=ru`);
    expect([...own.keys()].sort()).toEqual(Object.values(events).sort());
    const other = await rowsOf(otherRpo, `${picked()}&lang=ru`);
    expect(other.size).toBe(0);
    const { fileName } = await exported(otherRpo, 'lang=kk');
    expect(fileName).toBe('audit-events-aktobe-kk.xlsx');
  });

  it("follows the list's sort: newest first by default, oldest first when asked, and refuses an unknown field", async () => {
    const ids = Object.values(events).sort((a, b) => a - b);
    const newestFirst = await rowsOf(analyst, `${picked()}&lang=ru`);
    expect([...newestFirst.keys()]).toEqual([...ids].reverse());
    const oldestFirst = await rowsOf(analyst, `${picked()}&lang=ru&sort=${encodeURIComponent(JSON.stringify(['id', 'ASC']))}`);
    expect([...oldestFirst.keys()]).toEqual(ids);
    const refused = await analyst
      .get(`/api/audit-events/export?sort=${encodeURIComponent(JSON.stringify(['password', 'ASC']))}`)
      .expect(400);
    expect(JSON.stringify(refused.body)).toContain('sort');
  });
});
