import { DemoMaterial, DemoOutlet, DemoRubric, DemoUser, buildDemoDataset } from './demo-data';
import { DemoMediaPlan, DemoMediaPlanItem } from './media-plans';
import {
  ALL_REGIONS,
  DIRECTIONS,
  DirectionDef,
  RegionDef,
  SPECIAL_PROJECTS,
  SpecialProjectDef,
  TARGET_AUDIENCES,
  TargetAudienceDef,
} from './reference-data';

export { buildDemoDataset, NATIONAL_2020 } from './demo-data';
export type { DemoDataset, DemoMaterial, DemoOutlet, DemoRubric, DemoUser } from './demo-data';
export type { DemoMediaPlan, DemoMediaPlanItem, MediaPlanStatus } from './media-plans';
export { ALL_REGIONS, DIRECTIONS, REGIONS_2020, REGIONS_ADDED_2022, SPECIAL_PROJECTS, TARGET_AUDIENCES } from './reference-data';

/** What the loaders need from a database handle; TypeORM's DataSource, EntityManager and QueryRunner, and pg's Client, fit. */
export interface SqlRunner {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

type SqlType = 'int' | 'smallint' | 'text' | 'date' | 'timestamptz' | 'bool';

interface Column<T> {
  name: string;
  type: SqlType;
  value: (row: T) => unknown;
  /** SQL over `t.<name>` when the column cannot be unnested as is (arrays of arrays). */
  expr?: string;
}

const BATCH = 5000;

function rowsOf(result: unknown): Record<string, unknown>[] {
  if (Array.isArray(result)) return result as Record<string, unknown>[];
  if (result !== null && typeof result === 'object' && 'rows' in result && Array.isArray(result.rows)) {
    return result.rows as Record<string, unknown>[];
  }
  throw new Error('unexpected query result');
}

// One statement per batch: every column travels as one array parameter and unnest() zips them into rows.
async function insertRows<T>(db: SqlRunner, table: string, columns: Column<T>[], rows: readonly T[]): Promise<void> {
  const names = columns.map((c) => c.name).join(', ');
  const params = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  const exprs = columns.map((c) => c.expr ?? `t.${c.name}`).join(', ');
  const sql = `INSERT INTO ${table} (${names}) SELECT ${exprs} FROM unnest(${params}) AS t(${names})`;
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    await db.query(
      sql,
      columns.map((c) => batch.map(c.value)),
    );
  }
}

/** Takes ids from the table's own sequence, so rows can point at each other before they are inserted. */
async function allocateIds(db: SqlRunner, table: string, count: number): Promise<number[]> {
  if (count === 0) return [];
  const result = await db.query(`SELECT nextval(pg_get_serial_sequence($1, 'id'))::int AS id FROM generate_series(1, $2::int)`, [
    table,
    count,
  ]);
  return rowsOf(result)
    .map((r) => Number(r.id))
    .sort((a, b) => a - b);
}

async function idsByCode(
  db: SqlRunner,
  table: 'regions' | 'directions' | 'special_projects' | 'target_audiences',
): Promise<Map<string, number>> {
  const rows = rowsOf(await db.query(`SELECT id, code FROM ${table}`));
  return new Map(rows.map((r) => [String(r.code), Number(r.id)]));
}

function lookup(map: Map<string, number>, code: string, what: string): number {
  const id = map.get(code);
  if (id === undefined) throw new Error(`unknown ${what} ${code}; load the reference data first`);
  return id;
}

/** Regions, directions, special projects and target audiences. The caller runs it once, on an empty regions table. */
export async function loadReferenceData(db: SqlRunner): Promise<void> {
  await insertRows<RegionDef>(
    db,
    'regions',
    [
      { name: 'code', type: 'text', value: (r) => r.code },
      { name: 'kind', type: 'text', value: (r) => r.kind },
      { name: 'kato', type: 'text', value: (r) => r.kato },
      { name: 'name_kk', type: 'text', value: (r) => r.nameKk },
      { name: 'name_ru', type: 'text', value: (r) => r.nameRu },
      { name: 'name_en', type: 'text', value: (r) => r.nameEn },
      { name: 'active_from', type: 'date', value: (r) => r.activeFrom },
    ],
    ALL_REGIONS,
  );
  await insertRows<DirectionDef>(
    db,
    'directions',
    [
      { name: 'code', type: 'text', value: (d) => d.code },
      { name: 'name_kk', type: 'text', value: (d) => d.nameKk },
      { name: 'name_ru', type: 'text', value: (d) => d.nameRu },
      { name: 'name_en', type: 'text', value: (d) => d.nameEn },
    ],
    DIRECTIONS,
  );
  const directions = await idsByCode(db, 'directions');
  await insertRows<SpecialProjectDef>(
    db,
    'special_projects',
    [
      { name: 'code', type: 'text', value: (s) => s.code },
      { name: 'direction_id', type: 'int', value: (s) => lookup(directions, s.directionCode, 'direction') },
      { name: 'name_kk', type: 'text', value: (s) => s.nameKk },
      { name: 'name_ru', type: 'text', value: (s) => s.nameRu },
      { name: 'name_en', type: 'text', value: (s) => s.nameEn },
      { name: 'introduced_in', type: 'smallint', value: (s) => s.introducedIn },
    ],
    SPECIAL_PROJECTS,
  );
  await insertRows<TargetAudienceDef>(
    db,
    'target_audiences',
    [
      { name: 'code', type: 'text', value: (a) => a.code },
      { name: 'name_kk', type: 'text', value: (a) => a.nameKk },
      { name: 'name_ru', type: 'text', value: (a) => a.nameRu },
      { name: 'name_en', type: 'text', value: (a) => a.nameEn },
      { name: 'methods_kk', type: 'text', value: (a) => a.methodsKk },
      { name: 'methods_ru', type: 'text', value: (a) => a.methodsRu },
    ],
    TARGET_AUDIENCES,
  );
}

/** Demo users, outlets, rubrics, media plans and the 9365 materials of 2020; run after loadReferenceData, in one transaction. */
export async function loadDemoData(db: SqlRunner, options: { passwordHash: string }): Promise<void> {
  const data = buildDemoDataset();
  const regions = await idsByCode(db, 'regions');
  const directions = await idsByCode(db, 'directions');
  const projects = await idsByCode(db, 'special_projects');
  const audiences = await idsByCode(db, 'target_audiences');
  const regionId = (code: string | null): number | null => (code === null ? null : lookup(regions, code, 'region'));

  const userIds = await allocateIds(db, 'users', data.users.length);
  const userIdByLogin = new Map(data.users.map((u, i) => [u.login, userIds[i]]));
  await insertRows<DemoUser>(
    db,
    'users',
    [
      { name: 'id', type: 'int', value: (u) => lookup(userIdByLogin, u.login, 'user') },
      { name: 'login', type: 'text', value: (u) => u.login },
      { name: 'password_hash', type: 'text', value: () => options.passwordHash },
      { name: 'full_name', type: 'text', value: (u) => u.fullName },
      { name: 'role', type: 'text', value: (u) => u.role },
      { name: 'region_id', type: 'int', value: (u) => regionId(u.regionCode) },
      { name: 'locale', type: 'text', value: (u) => u.locale },
      { name: 'created_at', type: 'timestamptz', value: (u) => u.createdAt },
    ],
    data.users,
  );

  const outletIds = await allocateIds(db, 'outlets', data.outlets.length);
  await insertRows<{ o: DemoOutlet; id: number }>(
    db,
    'outlets',
    [
      { name: 'id', type: 'int', value: (r) => r.id },
      { name: 'name', type: 'text', value: (r) => r.o.name },
      { name: 'kind', type: 'text', value: (r) => r.o.kind },
      { name: 'level', type: 'text', value: (r) => r.o.level },
      { name: 'region_id', type: 'int', value: (r) => regionId(r.o.regionCode) },
      // unnest() would flatten an array of arrays, so the languages travel joined.
      { name: 'languages', type: 'text', value: (r) => r.o.languages.join(','), expr: `string_to_array(t.languages, ',')` },
      { name: 'url', type: 'text', value: (r) => r.o.url },
      { name: 'active', type: 'bool', value: (r) => r.o.active },
    ],
    data.outlets.map((o, i) => ({ o, id: outletIds[i] })),
  );

  const rubricIds = await allocateIds(db, 'rubrics', data.rubrics.length);
  const optional = (map: Map<string, number>, code: string | null, what: string): number | null =>
    code === null ? null : lookup(map, code, what);
  await insertRows<{ r: DemoRubric; id: number }>(
    db,
    'rubrics',
    [
      { name: 'id', type: 'int', value: (x) => x.id },
      { name: 'outlet_id', type: 'int', value: (x) => outletIds[x.r.outletIndex] },
      { name: 'name', type: 'text', value: (x) => x.r.name },
      { name: 'special_project_id', type: 'int', value: (x) => optional(projects, x.r.specialProjectCode, 'special project') },
    ],
    data.rubrics.map((r, i) => ({ r, id: rubricIds[i] })),
  );

  const userId = (login: string | null): number | null => (login === null ? null : lookup(userIdByLogin, login, 'user'));
  const planIds = await allocateIds(db, 'media_plans', data.mediaPlans.length);
  await insertRows<{ p: DemoMediaPlan; id: number }>(
    db,
    'media_plans',
    [
      { name: 'id', type: 'int', value: (x) => x.id },
      { name: 'region_id', type: 'int', value: (x) => regionId(x.p.regionCode) },
      { name: 'year', type: 'smallint', value: (x) => x.p.year },
      { name: 'title', type: 'text', value: (x) => x.p.title },
      { name: 'status', type: 'text', value: (x) => x.p.status },
      { name: 'submitted_at', type: 'timestamptz', value: (x) => x.p.submittedAt },
      { name: 'submitted_by_id', type: 'int', value: (x) => userId(x.p.submittedByLogin) },
      { name: 'approved_at', type: 'timestamptz', value: (x) => x.p.approvedAt },
      { name: 'approved_by_id', type: 'int', value: (x) => userId(x.p.approvedByLogin) },
      { name: 'return_comment', type: 'text', value: (x) => x.p.returnComment },
    ],
    data.mediaPlans.map((p, i) => ({ p, id: planIds[i] })),
  );

  const itemIds = await allocateIds(db, 'media_plan_items', data.mediaPlanItems.length);
  const items = data.mediaPlanItems.map((it, i) => ({ it, id: itemIds[i] }));
  await insertRows<{ it: DemoMediaPlanItem; id: number }>(
    db,
    'media_plan_items',
    [
      { name: 'id', type: 'int', value: (x) => x.id },
      { name: 'media_plan_id', type: 'int', value: (x) => planIds[x.it.planIndex] },
      { name: 'topic', type: 'text', value: (x) => x.it.topic },
      { name: 'format', type: 'text', value: (x) => x.it.format },
      { name: 'channel', type: 'text', value: (x) => x.it.channel },
      { name: 'outlet_id', type: 'int', value: (x) => (x.it.outletIndex === null ? null : outletIds[x.it.outletIndex]) },
      { name: 'rubric_id', type: 'int', value: (x) => (x.it.rubricIndex === null ? null : rubricIds[x.it.rubricIndex]) },
      { name: 'direction_id', type: 'int', value: (x) => lookup(directions, x.it.directionCode, 'direction') },
      { name: 'special_project_id', type: 'int', value: (x) => optional(projects, x.it.specialProjectCode, 'special project') },
      { name: 'planned_quarter', type: 'smallint', value: (x) => x.it.plannedQuarter },
      { name: 'planned_month', type: 'smallint', value: (x) => x.it.plannedMonth },
      { name: 'planned_count', type: 'int', value: (x) => x.it.plannedCount },
      { name: 'responsible', type: 'text', value: (x) => x.it.responsible },
      { name: 'notes', type: 'text', value: (x) => x.it.notes },
    ],
    items,
  );
  await insertRows<{ itemId: number; audienceId: number }>(
    db,
    'media_plan_item_target_audiences',
    [
      { name: 'media_plan_item_id', type: 'int', value: (l) => l.itemId },
      { name: 'target_audience_id', type: 'int', value: (l) => l.audienceId },
    ],
    items.flatMap(({ it, id }) =>
      it.targetAudienceCodes.map((code) => ({ itemId: id, audienceId: lookup(audiences, code, 'target audience') })),
    ),
  );

  const materialIds = await allocateIds(db, 'materials', data.materials.length);
  const indexed = data.materials.map((m, i) => ({ m, id: materialIds[i] }));
  await insertRows<{ m: DemoMaterial; id: number }>(
    db,
    'materials',
    [
      { name: 'id', type: 'int', value: (r) => r.id },
      { name: 'region_id', type: 'int', value: (r) => regionId(r.m.regionCode) },
      { name: 'outlet_id', type: 'int', value: (r) => outletIds[r.m.outletIndex] },
      { name: 'rubric_id', type: 'int', value: (r) => (r.m.rubricIndex === null ? null : rubricIds[r.m.rubricIndex]) },
      { name: 'channel', type: 'text', value: (r) => r.m.channel },
      { name: 'media_level', type: 'text', value: (r) => r.m.mediaLevel },
      { name: 'language', type: 'text', value: (r) => r.m.language },
      { name: 'format', type: 'text', value: (r) => r.m.format },
      { name: 'title', type: 'text', value: (r) => r.m.title },
      { name: 'url', type: 'text', value: (r) => r.m.url },
      { name: 'published_on', type: 'date', value: (r) => r.m.publishedOn },
      { name: 'direction_id', type: 'int', value: (r) => optional(directions, r.m.directionCode, 'direction') },
      { name: 'special_project_id', type: 'int', value: (r) => optional(projects, r.m.specialProjectCode, 'special project') },
      { name: 'media_plan_item_id', type: 'int', value: (r) => (r.m.mediaPlanItemIndex === null ? null : itemIds[r.m.mediaPlanItemIndex]) },
      { name: 'views', type: 'int', value: (r) => r.m.views },
      { name: 'reactions', type: 'int', value: (r) => r.m.reactions },
      { name: 'shares', type: 'int', value: (r) => r.m.shares },
      { name: 'comments', type: 'int', value: (r) => r.m.comments },
      { name: 'reach', type: 'int', value: (r) => r.m.reach },
      { name: 'created_by_id', type: 'int', value: (r) => userId(r.m.createdByLogin) },
      { name: 'created_at', type: 'timestamptz', value: (r) => r.m.createdAt },
      { name: 'updated_at', type: 'timestamptz', value: (r) => r.m.createdAt },
    ],
    indexed,
  );

  const links = indexed.flatMap(({ m, id }) =>
    m.targetAudienceCodes.map((code) => ({ materialId: id, audienceId: lookup(audiences, code, 'target audience') })),
  );
  await insertRows<{ materialId: number; audienceId: number }>(
    db,
    'material_target_audiences',
    [
      { name: 'material_id', type: 'int', value: (l) => l.materialId },
      { name: 'target_audience_id', type: 'int', value: (l) => l.audienceId },
    ],
    links,
  );
}
