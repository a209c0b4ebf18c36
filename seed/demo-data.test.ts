import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from '../server/test/support/test-database';
import { DemoDataset, NATIONAL_2020, buildDemoDataset } from './demo-data';
import { SqlRunner, loadDemoData, loadReferenceData } from './index';
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
});
