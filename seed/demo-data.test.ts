import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from '../server/test/support/test-database';
import { DemoDataset, NATIONAL_2020, buildDemoDataset } from './demo-data';
import { SqlRunner, loadDemoData, loadReferenceData } from './index';
import { PLAN_FORMATS, plannedStart } from './media-plans';
import { ALL_REGIONS, DIRECTIONS, REGIONS_2020, REGIONS_ADDED_2022, SPECIAL_PROJECTS, TARGET_AUDIENCES } from './reference-data';

const FORMATS_BY_CHANNEL: Record<string, string[]> = {
  tv: ['video_story', 'tv_program', 'interview'],
  print: ['article', 'interview', 'commentary', 'infographic'],
  internet: ['article', 'interview', 'infographic', 'video'],
  social: ['post', 'video', 'live_stream', 'infographic'],
};
const NEW_PROJECTS = SPECIAL_PROJECTS.filter((p) => p.introducedIn === 2021).map((p) => p.code);
const KAZAKH_LETTERS = /[әғқңөұүһі]/i;

function nationalCount(data: DemoDataset): Record<string, number> {
  const count = (pred: (m: DemoDataset['materials'][number]) => boolean): number => data.materials.filter(pred).length;
  return {
    total: data.materials.length,
    republicanTv: count((m) => m.mediaLevel === 'republican' && m.channel === 'tv'),
    republicanPrint: count((m) => m.mediaLevel === 'republican' && m.channel === 'print'),
    regionalTv: count((m) => m.mediaLevel === 'regional' && m.channel === 'tv'),
    regionalPrint: count((m) => m.mediaLevel === 'regional' && m.channel === 'print'),
    internet: count((m) => m.channel === 'internet'),
    social: count((m) => m.channel === 'social'),
    radio: count((m) => m.channel === 'radio'),
  };
}

const EXPECTED = {
  total: NATIONAL_2020.total,
  republicanTv: NATIONAL_2020.republican.tv,
  republicanPrint: NATIONAL_2020.republican.print,
  regionalTv: NATIONAL_2020.regional.tv,
  regionalPrint: NATIONAL_2020.regional.print,
  internet: NATIONAL_2020.internet,
  social: NATIONAL_2020.social,
  radio: 0,
};

describe('reference data', () => {
  it('has the 17 regions of 2020 and the 3 of 2022 with unique codes', () => {
    expect(REGIONS_2020).toHaveLength(17);
    expect(REGIONS_2020.filter((r) => r.kind === 'city').map((r) => r.code)).toEqual(['nur-sultan', 'almaty', 'shymkent']);
    expect(REGIONS_ADDED_2022.map((r) => r.activeFrom)).toEqual(['2022-06-08', '2022-06-08', '2022-06-08']);
    expect(new Set(ALL_REGIONS.map((r) => r.code)).size).toBe(20);
    expect(new Set(ALL_REGIONS.map((r) => r.kato)).size).toBe(20);
  });

  it('ties every special project to a direction and dates only the four new ones', () => {
    const directions = new Set(DIRECTIONS.map((d) => d.code));
    expect(SPECIAL_PROJECTS.every((p) => directions.has(p.directionCode))).toBe(true);
    expect(NEW_PROJECTS).toEqual(['legal-culture', 'labour', 'traditions', 'thrift']);
  });

  it('gives every target audience its methods in both languages', () => {
    expect(TARGET_AUDIENCES).toHaveLength(5);
    expect(TARGET_AUDIENCES.every((a) => a.methodsKk.length > 0 && a.methodsRu.length > 0)).toBe(true);
  });
});

describe('buildDemoDataset', () => {
  const data = buildDemoDataset();

  it('reproduces the national count of 2020 exactly', () => {
    expect(nationalCount(data)).toEqual(EXPECTED);
    expect(data.materials.every((m) => m.publishedOn >= '2020-01-01' && m.publishedOn <= '2020-12-31')).toBe(true);
  });

  it('is the same on every build', () => {
    expect(buildDemoDataset()).toEqual(data);
  });

  it('fills every month and every region of 2020, and none of the 2022 regions', () => {
    const months = new Set(data.materials.map((m) => m.publishedOn.slice(5, 7)));
    expect(months.size).toBe(12);
    const regions = new Set(data.materials.map((m) => m.regionCode));
    expect([...regions].sort()).toEqual(REGIONS_2020.map((r) => r.code).sort());
    for (const region of REGIONS_2020) {
      for (let month = 1; month <= 12; month++) {
        const key = `2020-${String(month).padStart(2, '0')}`;
        expect(data.materials.some((m) => m.regionCode === region.code && m.publishedOn.startsWith(key))).toBe(true);
      }
    }
  });

  it('copies channel and level from the outlet, and keeps regional materials in their region', () => {
    const misfits = data.materials.filter((m) => {
      const outlet = data.outlets[m.outletIndex];
      return (
        m.channel !== outlet.kind ||
        m.mediaLevel !== outlet.level ||
        (outlet.level === 'regional' && outlet.regionCode !== m.regionCode) ||
        !outlet.languages.includes(m.language) ||
        (m.rubricIndex !== null && data.rubrics[m.rubricIndex].outletIndex !== m.outletIndex)
      );
    });
    expect(misfits).toEqual([]);
  });

  it('uses formats that fit the channel and one or two distinct target audiences', () => {
    const misfits = data.materials.filter(
      (m) =>
        !FORMATS_BY_CHANNEL[m.channel].includes(m.format) ||
        m.targetAudienceCodes.length < 1 ||
        m.targetAudienceCodes.length > 2 ||
        new Set(m.targetAudienceCodes).size !== m.targetAudienceCodes.length,
    );
    expect(misfits).toEqual([]);
  });

  it('keeps the special project and the direction consistent, and the rubric project on the material', () => {
    const directionOf = new Map(SPECIAL_PROJECTS.map((p) => [p.code, p.directionCode]));
    const misfits = data.materials.filter((m) => {
      const rubricProject = m.rubricIndex === null ? null : data.rubrics[m.rubricIndex].specialProjectCode;
      return (
        (m.specialProjectCode !== null && m.directionCode !== directionOf.get(m.specialProjectCode)) ||
        (rubricProject !== null && m.specialProjectCode !== rubricProject)
      );
    });
    expect(misfits).toEqual([]);
  });

  it('shows the four 2021 projects only as a few announcements at the end of 2020', () => {
    const announced = data.materials.filter((m) => m.specialProjectCode !== null && NEW_PROJECTS.includes(m.specialProjectCode));
    expect(announced.length).toBeLessThan(data.materials.length * 0.01);
    expect(announced.every((m) => m.publishedOn >= '2020-11-01')).toBe(true);
  });

  it('spreads languages: mostly Kazakh, a good share of Russian, some bilingual', () => {
    const share = (lang: string): number => data.materials.filter((m) => m.language === lang).length / data.materials.length;
    expect(share('kk')).toBeGreaterThan(0.5);
    expect(share('ru')).toBeGreaterThan(0.25);
    expect(share('kk_ru')).toBeGreaterThan(0.02);
  });

  it('writes titles in the material language', () => {
    const kk = data.materials.filter((m) => m.language === 'kk');
    const ru = data.materials.filter((m) => m.language === 'ru');
    expect(kk.filter((m) => KAZAKH_LETTERS.test(m.title)).length / kk.length).toBeGreaterThan(0.9);
    expect(ru.filter((m) => !KAZAKH_LETTERS.test(m.title)).length / ru.length).toBeGreaterThan(0.6);
    expect(data.materials.filter((m) => m.language === 'kk_ru').every((m) => m.title.includes(' / '))).toBe(true);
    expect(new Set(data.materials.map((m) => m.title)).size).toBeGreaterThan(data.materials.length * 0.7);
  });

  it('gives internet and social materials a URL and reach figures, unique per outlet', () => {
    const misfits = data.materials.filter((m) =>
      m.channel === 'internet' || m.channel === 'social'
        ? !m.url?.startsWith('https://') || m.views === null || m.reactions === null
        : m.views !== null,
    );
    expect(misfits).toEqual([]);
    const withUrl = data.materials.filter((m) => m.url !== null);
    expect(new Set(withUrl.map((m) => `${m.outletIndex} ${m.url}`)).size).toBe(withUrl.length);
  });

  it('has each material logged by its region editor a few days after publication', () => {
    const misfits = data.materials.filter((m) => {
      const lag = (Date.parse(m.createdAt) - Date.parse(`${m.publishedOn}T00:00:00+06:00`)) / 86400000;
      return m.createdByLogin !== `rpo-${m.regionCode}` || !(lag >= 0 && lag < 7);
    });
    expect(misfits).toEqual([]);
  });

  it('creates the demo accounts: admin, approver, analyst and one editor per region', () => {
    const logins = data.users.map((u) => u.login);
    expect(logins.slice(0, 3)).toEqual(['admin', 'approver', 'analyst']);
    expect(logins.slice(3).sort()).toEqual(ALL_REGIONS.map((r) => `rpo-${r.code}`).sort());
    for (const u of data.users) expect(u.role === 'rpo_editor').toBe(u.regionCode !== null);
    expect(data.users.some((u) => u.locale === 'kk')).toBe(true);
  });

  it('gives every region its TV, radio, papers, sites and social pages, with unique names', () => {
    for (const region of ALL_REGIONS) {
      const own = data.outlets.filter((o) => o.regionCode === region.code);
      const kinds = (k: string): number => own.filter((o) => o.kind === k).length;
      expect(kinds('tv')).toBeGreaterThanOrEqual(1);
      expect(kinds('radio')).toBeGreaterThanOrEqual(1);
      expect(kinds('radio')).toBeLessThanOrEqual(2);
      expect(kinds('print')).toBeGreaterThanOrEqual(2);
      expect(kinds('internet')).toBeGreaterThanOrEqual(1);
      expect(kinds('social')).toBeGreaterThanOrEqual(3);
      expect(new Set(own.map((o) => o.name.toLowerCase())).size).toBe(own.length);
    }
    const republican = data.outlets.filter((o) => o.level === 'republican');
    expect(republican.every((o) => o.regionCode === null)).toBe(true);
    expect(new Set(republican.map((o) => o.name.toLowerCase())).size).toBe(republican.length);
    const rubricKeys = data.rubrics.map((r) => `${r.outletIndex} ${r.name.toLowerCase()}`);
    expect(new Set(rubricKeys).size).toBe(rubricKeys.length);
  });

  it('names the outlets and rubrics of the guide', () => {
    const named = (name: string) => data.outlets.findIndex((o) => o.name === name);
    const sq = named('Солтүстік Қазақстан');
    expect(data.outlets[sq]).toMatchObject({ kind: 'print', level: 'regional', regionCode: 'north-kazakhstan' });
    expect(data.rubrics.filter((r) => r.outletIndex === sq)).toHaveLength(7);
    const aqtobe = named('Aqtóbe');
    expect(data.outlets[aqtobe]).toMatchObject({ kind: 'tv', level: 'regional', regionCode: 'aktobe' });
    expect(data.rubrics.filter((r) => r.outletIndex === aqtobe).map((r) => r.name)).toContain('Заман / Замана');
    expect(data.outlets[named('Ruh.kz')]).toMatchObject({ kind: 'internet', level: 'republican' });
  });
});

describe('media plans', () => {
  const data = buildDemoDataset();
  const plans = data.mediaPlans.map((plan, index) => ({ ...plan, index }));
  const of = (year: number) => plans.filter((p) => p.year === year);
  const itemsOf = (planIndex: number) => data.mediaPlanItems.map((it, i) => ({ ...it, i })).filter((it) => it.planIndex === planIndex);
  const linked = new Map<number, number>();
  for (const m of data.materials) {
    if (m.mediaPlanItemIndex !== null) linked.set(m.mediaPlanItemIndex, (linked.get(m.mediaPlanItemIndex) ?? 0) + 1);
  }
  const fulfilment = (planIndex: number): number => {
    const items = itemsOf(planIndex);
    const planned = items.reduce((n, it) => n + it.plannedCount, 0);
    return items.reduce((n, it) => n + (linked.get(it.i) ?? 0), 0) / planned;
  };

  it('approves one 2020 plan per region of 2020 and the republican one, submitted in January', () => {
    const plans2020 = of(2020);
    expect(plans2020.map((p) => p.regionCode).sort()).toEqual([...REGIONS_2020.map((r) => r.code), null].sort());
    for (const p of plans2020) {
      expect(p.status).toBe('approved');
      expect(p.submittedByLogin).toBe(p.regionCode === null ? 'approver' : `rpo-${p.regionCode}`);
      expect(p.approvedByLogin).toBe('approver');
      expect(p.submittedAt?.startsWith('2020-01')).toBe(true);
      const lag = (Date.parse(p.approvedAt ?? '') - Date.parse(p.submittedAt ?? '')) / 86400000;
      expect(lag).toBeGreaterThan(0);
      expect(lag).toBeLessThan(8);
      expect(p.title).toMatch(
        /^(Тематический медиаплан (.+ области|города .+)|Единый республиканский тематический медиаплан) на 2020 год$/,
      );
    }
    expect(plans2020.find((p) => p.regionCode === 'akmola')?.title).toBe('Тематический медиаплан Акмолинской области на 2020 год');
    expect(new Set(plans.map((p) => `${p.regionCode} ${p.year}`)).size).toBe(plans.length);
  });

  it('gives every item a fitting format, outlet, rubric, project, audiences and schedule', () => {
    const directionOf = new Map(SPECIAL_PROJECTS.map((p) => [p.code, p.directionCode]));
    const audiences = new Set(TARGET_AUDIENCES.map((a) => a.code));
    const misfits = data.mediaPlanItems.filter((it) => {
      const plan = data.mediaPlans[it.planIndex];
      const outlet = it.outletIndex === null ? null : data.outlets[it.outletIndex];
      const rubric = it.rubricIndex === null ? null : data.rubrics[it.rubricIndex];
      return (
        !PLAN_FORMATS[it.channel].includes(it.format) ||
        (outlet !== null && (outlet.kind !== it.channel || outlet.regionCode !== plan.regionCode)) ||
        (rubric !== null &&
          (rubric.outletIndex !== it.outletIndex || (rubric.specialProjectCode ?? it.specialProjectCode) !== it.specialProjectCode)) ||
        (it.specialProjectCode !== null && directionOf.get(it.specialProjectCode) !== it.directionCode) ||
        (plan.year === 2020 && it.specialProjectCode !== null && NEW_PROJECTS.includes(it.specialProjectCode)) ||
        it.targetAudienceCodes.length < 1 ||
        it.targetAudienceCodes.length > 2 ||
        new Set(it.targetAudienceCodes).size !== it.targetAudienceCodes.length ||
        !it.targetAudienceCodes.every((a) => audiences.has(a)) ||
        !(it.plannedQuarter >= 1 && it.plannedQuarter <= 4) ||
        (it.plannedMonth !== null && it.plannedQuarter !== Math.floor((it.plannedMonth + 2) / 3)) ||
        !(it.plannedCount > 0) ||
        it.responsible.length === 0 ||
        it.topic.length === 0
      );
    });
    expect(misfits).toEqual([]);
    for (const p of of(2020)) expect(itemsOf(p.index).length).toBeGreaterThanOrEqual(8);
    for (const p of of(2020)) expect(itemsOf(p.index).length).toBeLessThanOrEqual(20);
    for (const p of of(2021)) expect(itemsOf(p.index).length).toBeGreaterThanOrEqual(3);
    const items = data.mediaPlanItems;
    expect(items.some((it) => it.plannedMonth !== null) && items.some((it) => it.plannedMonth === null)).toBe(true);
    expect(items.filter((it) => it.rubricIndex !== null).length).toBeGreaterThan(10);
    expect(items.filter((it) => KAZAKH_LETTERS.test(it.topic)).length).toBeGreaterThan(items.length * 0.3);
    expect(items.filter((it) => !KAZAKH_LETTERS.test(it.topic)).length).toBeGreaterThan(items.length * 0.2);
  });

  it("links materials only to items of their own region's 2020 plan, or the republican one for republican outlets", () => {
    const links = data.materials.filter((m) => m.mediaPlanItemIndex !== null);
    expect(links.length).toBeGreaterThan(data.materials.length * 0.3);
    expect(links.length).toBeLessThan(data.materials.length * 0.8);
    const misfits = links.filter((m) => {
      const item = data.mediaPlanItems[m.mediaPlanItemIndex ?? -1];
      const plan = data.mediaPlans[item.planIndex];
      return (
        plan.year !== 2020 ||
        plan.regionCode !== (m.mediaLevel === 'regional' ? m.regionCode : null) ||
        item.channel !== m.channel ||
        (item.outletIndex !== null && item.outletIndex !== m.outletIndex) ||
        m.publishedOn < plannedStart(2020, item) ||
        (item.specialProjectCode !== null && m.specialProjectCode !== null && m.specialProjectCode !== item.specialProjectCode)
      );
    });
    expect(misfits).toEqual([]);
  });

  it('is fulfilled unevenly: some regions ahead, some behind, some items untouched', () => {
    const regional = of(2020).filter((p) => p.regionCode !== null);
    const ratios = regional.map((p) => fulfilment(p.index));
    expect(ratios.filter((r) => r >= 1).length).toBeGreaterThanOrEqual(2);
    expect(ratios.filter((r) => r <= 0.7).length).toBeGreaterThanOrEqual(2);
    expect(Math.min(...ratios)).toBeGreaterThanOrEqual(0.5);
    const ahead = regional.find((_, i) => ratios[i] >= 1)?.index ?? -1;
    const aheadItems = itemsOf(ahead);
    expect(aheadItems.filter((it) => (linked.get(it.i) ?? 0) >= it.plannedCount).length).toBeGreaterThan(aheadItems.length / 2);
    expect(aheadItems.some((it) => (linked.get(it.i) ?? 0) > it.plannedCount)).toBe(true);
    const items2020 = of(2020).flatMap((p) => itemsOf(p.index));
    expect(items2020.filter((it) => !linked.has(it.i)).length).toBeGreaterThanOrEqual(3);
    for (const p of regional) {
      const own = data.materials.filter((m) => m.regionCode === p.regionCode && m.mediaLevel === 'regional').length;
      const planned = itemsOf(p.index).reduce((n, it) => n + it.plannedCount, 0);
      expect(planned / own).toBeGreaterThanOrEqual(0.4);
      expect(planned / own).toBeLessThanOrEqual(0.9);
    }
    const republican = of(2020).find((p) => p.regionCode === null)?.index ?? -1;
    expect(fulfilment(republican)).toBeGreaterThan(0.7);
  });

  it('has the 2021 plans in every state of the workflow, with no fact yet', () => {
    const plans2021 = of(2021);
    expect(plans2021.map((p) => p.regionCode).sort()).toEqual([...REGIONS_2020.map((r) => r.code), null].sort());
    expect(plans2021.find((p) => p.regionCode === null)?.status).toBe('submitted');
    const regional = plans2021.filter((p) => p.regionCode !== null);
    for (const status of ['draft', 'submitted', 'returned', 'approved'] as const) {
      const n = regional.filter((p) => p.status === status).length;
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(6);
    }
    for (const p of plans2021) {
      expect(p.submittedAt === null).toBe(p.status === 'draft');
      expect(p.submittedByLogin === null).toBe(p.status === 'draft');
      expect(p.approvedAt === null).toBe(p.status !== 'approved');
      expect(p.approvedByLogin === null).toBe(p.status !== 'approved');
      expect(p.returnComment === null).toBe(p.status !== 'returned');
      if (p.submittedAt !== null) expect(p.submittedAt >= '2020-12-01' && p.submittedAt < '2021-02-01').toBe(true);
      if (p.approvedAt !== null) expect(p.approvedAt > (p.submittedAt ?? '')).toBe(true);
    }
    expect(plans2021.find((p) => p.status === 'returned')?.returnComment).toBe('Добавьте материалы для старшего поколения (60+)');
    const items2021 = new Set(plans2021.flatMap((p) => itemsOf(p.index).map((it) => it.i)));
    expect(data.materials.some((m) => m.mediaPlanItemIndex !== null && items2021.has(m.mediaPlanItemIndex))).toBe(false);
    expect(data.mediaPlanItems.some((it) => it.specialProjectCode !== null && NEW_PROJECTS.includes(it.specialProjectCode))).toBe(true);
  });

  it('keeps the stamps after the accounts were created', () => {
    const since = Math.max(...data.users.map((u) => Date.parse(u.createdAt)));
    for (const p of plans) {
      if (p.submittedAt !== null) expect(Date.parse(p.submittedAt)).toBeGreaterThan(since);
    }
  });
});

/** Answers the loaders' look-ups as an empty, freshly loaded database would, and records the inserts. */
class RecordingRunner implements SqlRunner {
  readonly inserts: { table: string; params: unknown[][] }[] = [];
  private nextId = new Map<string, number>();

  async query(sql: string, params: unknown[] = []): Promise<unknown> {
    const insert = /^INSERT INTO (\w+)/.exec(sql);
    if (insert) {
      this.inserts.push({ table: insert[1], params: params as unknown[][] });
      return [];
    }
    if (sql.includes('nextval')) {
      const [table, count] = params as [string, number];
      const start = this.nextId.get(table) ?? 1;
      this.nextId.set(table, start + count);
      return Array.from({ length: count }, (_, i) => ({ id: start + i }));
    }
    const table = /FROM (\w+)/.exec(sql)?.[1];
    const codes: Record<string, readonly { code: string }[]> = {
      regions: ALL_REGIONS,
      directions: DIRECTIONS,
      special_projects: SPECIAL_PROJECTS,
      target_audiences: TARGET_AUDIENCES,
    };
    return { rows: (codes[table ?? ''] ?? []).map((r, i) => ({ id: i + 1, code: r.code })) };
  }

  rows(table: string): number {
    return this.inserts.filter((i) => i.table === table).reduce((n, i) => n + i.params[0].length, 0);
  }
}

describe('loadReferenceData and loadDemoData', () => {
  it('insert every row in a few batched statements', async () => {
    const db = new RecordingRunner();
    await loadReferenceData(db);
    await loadDemoData(db, { passwordHash: '$2a$10$hash' });
    expect(db.rows('regions')).toBe(20);
    expect(db.rows('special_projects')).toBe(7);
    expect(db.rows('users')).toBe(23);
    expect(db.rows('materials')).toBe(NATIONAL_2020.total);
    const data = buildDemoDataset();
    expect(db.rows('media_plans')).toBe(36);
    expect(db.rows('media_plan_items')).toBe(data.mediaPlanItems.length);
    expect(db.rows('media_plan_item_target_audiences')).toBe(data.mediaPlanItems.reduce((n, it) => n + it.targetAudienceCodes.length, 0));
    expect(db.inserts.filter((i) => i.table === 'materials').length).toBeLessThanOrEqual(3);
    for (const i of db.inserts) {
      expect(new Set(i.params.map((column) => column.length)).size).toBe(1);
    }
  });
});

// Against the real PostgreSQL that jest's globalSetup migrated and seeded with these loaders.
describe('demo dataset in PostgreSQL', () => {
  let database: TestDatabase;
  let client: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    client = new Client({ connectionString: database.url });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  it('gives the national count of 2020 in SQL', async () => {
    const { rows } = await client.query(`
      SELECT count(*)::int AS total,
        count(*) FILTER (WHERE media_level = 'republican' AND channel = 'tv')::int AS "republicanTv",
        count(*) FILTER (WHERE media_level = 'republican' AND channel = 'print')::int AS "republicanPrint",
        count(*) FILTER (WHERE media_level = 'regional' AND channel = 'tv')::int AS "regionalTv",
        count(*) FILTER (WHERE media_level = 'regional' AND channel = 'print')::int AS "regionalPrint",
        count(*) FILTER (WHERE channel = 'internet')::int AS internet,
        count(*) FILTER (WHERE channel = 'social')::int AS social,
        count(*) FILTER (WHERE channel = 'radio')::int AS radio
      FROM materials WHERE published_on BETWEEN '2020-01-01' AND '2020-12-31'`);
    expect(rows[0]).toEqual(EXPECTED);
  });

  it('stores materials whose channel and level match their outlet', async () => {
    const { rows } = await client.query(`
      SELECT count(*)::int AS n FROM materials m JOIN outlets o ON o.id = m.outlet_id
      WHERE o.kind <> m.channel OR o.level <> m.media_level OR (o.region_id IS NOT NULL AND o.region_id <> m.region_id)`);
    expect(rows[0].n).toBe(0);
  });

  it('links materials only to plan items of their own region and year', async () => {
    const { rows } = await client.query(`
      SELECT count(*)::int AS linked,
        count(*) FILTER (WHERE p.year <> extract(year FROM m.published_on)
          OR p.region_id IS DISTINCT FROM (CASE WHEN m.media_level = 'regional' THEN m.region_id END)
          OR i.channel <> m.channel
          OR (i.outlet_id IS NOT NULL AND i.outlet_id <> m.outlet_id)
          OR m.published_on < make_date(p.year, coalesce(i.planned_month, i.planned_quarter * 3 - 2), 1))::int AS misfits
      FROM materials m
      JOIN media_plan_items i ON i.id = m.media_plan_item_id
      JOIN media_plans p ON p.id = i.media_plan_id`);
    expect(rows[0].misfits).toBe(0);
    expect(rows[0].linked).toBeGreaterThan(3000);
  });

  it('stores one approved 2020 plan per region and the 2021 plans in every status', async () => {
    const { rows } = await client.query(`
      SELECT year, status, count(*)::int AS n, count(*) FILTER (WHERE region_id IS NULL)::int AS republican
      FROM media_plans GROUP BY year, status ORDER BY year, status`);
    const counts = Object.fromEntries(rows.map((r) => [`${r.year} ${r.status}`, r.n]));
    expect(counts['2020 approved']).toBe(18);
    expect(
      Object.keys(counts)
        .filter((k) => k.startsWith('2021'))
        .sort(),
    ).toEqual(['2021 approved', '2021 draft', '2021 returned', '2021 submitted']);
    expect(rows.find((r) => r.year === 2021 && r.status === 'submitted')?.republican).toBe(1);
  });
});
