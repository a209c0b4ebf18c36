import type { PoolClient } from 'pg';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { latestPublicationDay } from '../../../contracts/materials';
import { copyField, copyInto } from '../common/copy-text';
import type { ListSeek } from '../common/crud.service';
import type { ListParams } from '../common/list-query';
import { ownValue } from '../common/own';
import { preparedQuery } from '../common/prepared-query';
import { quarterOf } from '../quarters/quarter-lock';
import {
  COUNTER_FACETS,
  InsertedProperty,
  MATERIAL_AUDITED,
  MATERIAL_DAILY_COUNTED,
  MATERIAL_FIELDS,
  MATERIAL_INSERTED,
  materialColumn,
  MaterialRow,
} from './material.fields';
import { MaterialFacts, rulesSql } from './material-rules';

/** The parameters or expressions a statement gives for the references a material names. */
interface FactSources {
  region: string;
  outlet: string;
  rubric: string;
  item: string;
  year: string;
  quarter: string;
  audiences: string;
}

/** The facts a statement reads (the rest are the material's own). */
const READ_FACTS = [
  'outletKind',
  'outletLevel',
  'outletRegionId',
  'rubricOutletId',
  'itemRegionId',
  'itemYear',
  'itemStatus',
  'quarterStatus',
  'audiencesKnown',
] as const;
type ReadFacts = Pick<MaterialFacts, (typeof READ_FACTS)[number]>;

/**
 * CTEs that read what a material's rules need into one row, `checks`, beside its audience ids sorted and unique. The
 * closure row is share-locked, so that a quarter cannot be approved while a write into it is in flight.
 */
function factsSql(s: FactSources): string {
  return `outlet AS (SELECT kind, level, region_id FROM outlets WHERE id = ${s.outlet}),
      rubric AS (SELECT outlet_id FROM rubrics WHERE id = ${s.rubric}),
      plan_item AS (SELECT p.region_id, p.year, p.status FROM media_plan_items i JOIN media_plans p ON p.id = i.media_plan_id WHERE i.id = ${s.item}),
      closure AS (SELECT status FROM quarter_closures WHERE region_id = ${s.region} AND year = ${s.year} AND quarter = ${s.quarter} FOR SHARE),
      audiences AS (SELECT ARRAY(SELECT DISTINCT unnest(${s.audiences}::int[]) ORDER BY 1) AS ids),
      checks AS (
        SELECT o.kind AS "outletKind", o.level AS "outletLevel", o.region_id AS "outletRegionId", rb.outlet_id AS "rubricOutletId",
          pi.region_id AS "itemRegionId", pi.year AS "itemYear", pi.status AS "itemStatus", c.status AS "quarterStatus",
          (SELECT count(*) FROM target_audiences t WHERE t.id = ANY(a.ids)) = cardinality(a.ids) AS "audiencesKnown",
          a.ids AS "targetAudienceIds"
        FROM audiences a LEFT JOIN outlet o ON true LEFT JOIN rubric rb ON true LEFT JOIN plan_item pi ON true LEFT JOIN closure c ON true)`;
}

/** What a material's rules need of the material itself. */
export type MaterialDraft = Pick<MaterialRow, 'regionId' | 'outletId' | 'rubricId' | 'mediaPlanItemId' | 'publishedOn'>;

function factsOf(draft: MaterialDraft, read: ReadFacts, today: string): MaterialFacts {
  const own = { regionId: draft.regionId, outletId: draft.outletId, rubricId: draft.rubricId, mediaPlanItemId: draft.mediaPlanItemId };
  const dates = { publishedOn: draft.publishedOn, year: quarterOf(draft.publishedOn).year, today };
  return { ...own, ...dates, ...Object.fromEntries(READ_FACTS.map((k) => [k, read[k]])) } as MaterialFacts;
}

/** A changed material's facts, in the caller's transaction (its audiences are checked where they are written). */
export async function readMaterialFacts(m: EntityManager, draft: MaterialDraft): Promise<MaterialFacts> {
  const { year, quarter } = quarterOf(draft.publishedOn);
  const sources = { region: '$1', outlet: '$2', rubric: '$3::int', item: '$4::int', year: '$5', quarter: '$6', audiences: `'{}'` };
  const [row]: ReadFacts[] = await m.query(`WITH ${factsSql(sources)} SELECT * FROM checks`, [
    draft.regionId,
    draft.outletId,
    draft.rubricId,
    draft.mediaPlanItemId,
    year,
    quarter,
  ]);
  return factsOf(draft, row, latestPublicationDay());
}

/**
 * The create statement's parameters: the client's fields in list order, then the author, the quarter, the audiences
 * and the latest publication day.
 */
const GIVEN = MATERIAL_INSERTED.filter((p) => MATERIAL_FIELDS[p].origin === 'input');
const given = (p: InsertedProperty): string => `$${GIVEN.indexOf(p) + 1}`;
const [AUTHOR, YEAR, QUARTER, AUDIENCES, TODAY] = [1, 2, 3, 4, 5].map((i) => `$${GIVEN.length + i}`);
/** What a material copies from its outlet. */
const FROM_OUTLET: Partial<Record<InsertedProperty, string>> = { channel: 'k."outletKind"', mediaLevel: 'k."outletLevel"' };

const CREATE_SQL = `
  WITH ${factsSql({
    region: given('regionId'),
    outlet: given('outletId'),
    rubric: given('rubricId'),
    item: given('mediaPlanItemId'),
    year: YEAR,
    quarter: QUARTER,
    audiences: AUDIENCES,
  })},
  ins AS (
    INSERT INTO materials AS r (${MATERIAL_INSERTED.map(materialColumn).join(', ')}, created_by_id)
    SELECT ${MATERIAL_INSERTED.map((p) => FROM_OUTLET[p] ?? given(p)).join(', ')}, ${AUTHOR}
    FROM checks k
    WHERE ${rulesSql({
      regionId: given('regionId'),
      outletId: given('outletId'),
      rubricId: `${given('rubricId')}::int`,
      mediaPlanItemId: `${given('mediaPlanItemId')}::int`,
      publishedOn: `${given('publishedOn')}::date`,
      year: YEAR,
      today: `${TODAY}::date`,
      ...(Object.fromEntries(READ_FACTS.map((k) => [k, `k."${k}"`])) as Record<keyof ReadFacts, string>),
    })}
    RETURNING ${Object.entries(MATERIAL_FIELDS)
      .map(([p, f]) => `r.${f.column} AS "${p}"`)
      .join(', ')}),
  links AS (
    INSERT INTO material_target_audiences (material_id, target_audience_id) SELECT ins.id, unnest(k."targetAudienceIds") FROM ins, checks k),
  event AS (
    INSERT INTO audit_events (user_id, action, resource, record_id, region_id, changes)
    SELECT ${AUTHOR}, 'create', 'materials', ins.id, ins."regionId",
      (SELECT coalesce(jsonb_object_agg(key, jsonb_build_object('before', NULL, 'after', value)), '{}')
       FROM jsonb_each(jsonb_build_object(${MATERIAL_AUDITED.map((p) => `'${p}', ins."${p}"`).join(', ')}, 'targetAudienceIds', k."targetAudienceIds"))
       WHERE value <> 'null'::jsonb)
    FROM ins, checks k)
  SELECT k.*, ins.* FROM checks k LEFT JOIN ins ON true`;

export interface CreatedMaterial {
  /** The new material's columns, each named by its property; null when the rules refused it. */
  row: Record<string, unknown> | null;
  facts: MaterialFacts;
  targetAudienceIds: number[];
}

/**
 * One statement, so one round trip and no BEGIN/COMMIT: it reads the material's facts, and only when they pass its
 * rules inserts the material, its audience links and its audit event. It answers the facts either way.
 */
export async function createMaterial(
  ds: DataSource,
  draft: MaterialDraft & Partial<MaterialRow>,
  authorId: number,
  audienceIds: unknown[],
): Promise<CreatedMaterial> {
  const { year, quarter } = quarterOf(draft.publishedOn);
  const today = latestPublicationDay();
  const [row] = await preparedQuery<ReadFacts & { id: number | null; targetAudienceIds: number[] }>(ds, CREATE_SQL, [
    ...GIVEN.map((p) => draft[p] ?? null),
    authorId,
    year,
    quarter,
    audienceIds,
    today,
  ]);
  return { row: row.id === null ? null : row, facts: factsOf(draft, row, today), targetAudienceIds: row.targetAudienceIds };
}

/** Below this offset plain skipping costs less than reading the counters. */
const SEEK_FROM_OFFSET = 2_000;

/**
 * For a deep page sorted by date within one region (by filter or by the reader's confinement), and filtered at most
 * by channel, level and period: sums the region's counters in sort order up to the page's offset, months first and
 * then the days of the month the offset falls in (a period, which may cut months, is summed by days). The page is
 * then the rows from that day on, less the day's rows before the offset: an index range instead of skipping up to
 * the offset row by row. Null when the list is not of that kind.
 */
export async function seekInCounters(
  ds: DataSource,
  params: ListParams,
  scopeRegion: number | 'any',
  offset: number,
): Promise<ListSeek | null> {
  const [field, order] = params.sort;
  if (field !== 'publishedOn' || offset < SEEK_FROM_OFFSET) return null;
  if (scopeRegion === 'any' && params.filter.regionId === undefined) return null;
  const values: unknown[] = [];
  const param = (value: unknown) => `$${values.push(value)}`;
  const facets: string[] = [];
  const period: string[] = [];
  if (scopeRegion !== 'any') facets.push(`region_id = ${param(scopeRegion)}`);
  for (const [key, value] of Object.entries(params.filter)) {
    const column = ownValue(MATERIAL_DAILY_COUNTED, key);
    if (key === 'publishedFrom') period.push(`day >= ${param(value)}::date`);
    else if (key === 'publishedTo') period.push(`day <= ${param(value)}::date`);
    else if (column && (typeof value === 'string' || typeof value === 'number')) facets.push(`${column} = ${param(value)}`);
    else return null;
  }
  const at = param(offset);
  const days = (range: string[]) =>
    `SELECT day, sum(n)::int AS n FROM material_daily_counts WHERE ${[...facets, ...range].join(' AND ')} GROUP BY day HAVING sum(n) > 0`;
  const ranked = (table: string, key: string, start: string) =>
    `SELECT ${key}, ${start} + sum(n) OVER (ORDER BY ${key} ${order} ROWS UNBOUNDED PRECEDING) - n AS before FROM ${table}`;
  const counted =
    period.length > 0
      ? `days AS (${days(period)}), total AS (SELECT coalesce(sum(n), 0)::int AS n FROM days), ranked AS (${ranked('days', 'day', '0')})`
      : `months AS (SELECT month, sum(n)::int AS n FROM material_monthly_counts WHERE ${facets.join(' AND ')} GROUP BY month HAVING sum(n) > 0),
         total AS (SELECT coalesce(sum(n), 0)::int AS n FROM months),
         target AS (SELECT month, before FROM (${ranked('months', 'month', '0')}) m WHERE before <= ${at} ORDER BY before DESC LIMIT 1),
         days AS (${days(['day >= (SELECT month FROM target)', "day < (SELECT month FROM target) + interval '1 month'"])}),
         ranked AS (${ranked('days', 'day', '(SELECT before FROM target)')})`;
  const [row] = await preparedQuery<{ total: number; day: string | null; before: number | null }>(
    ds,
    `WITH ${counted}
     SELECT (SELECT n FROM total) AS total, s.day::text AS day, s.before::int AS before
       FROM (SELECT 1) one LEFT JOIN LATERAL (SELECT day, before FROM ranked WHERE before <= ${at} ORDER BY before DESC LIMIT 1) s ON true`,
    values,
  );
  if (row.day === null || row.before === null) return { total: row.total, bound: null, skip: offset };
  return { total: row.total, bound: { value: row.day, op: order === 'DESC' ? '<=' : '>=' }, skip: offset - row.before };
}

/** The id a saving import draws for each row it stages, as the default of that column of its staging table. */
export const MATERIAL_ID_DEFAULT = `nextval(pg_get_serial_sequence('materials', 'id'))`;

/**
 * Marks the rows of a batch of the import's staging table (import_rows) that repeat a stored material of any region:
 * the same outlet and URL, or the same outlet, date and title (any case). Each is one exact index lookup per row
 * (migration 1764550000000); the URL lookup sits behind OFFSET 0 so that the planner cannot trade its index for the
 * outlet one.
 */
export async function markStoredDuplicates(runner: QueryRunner, batch: number): Promise<void> {
  await runner.query(
    `UPDATE import_rows r SET stored = true
      WHERE r.batch = $1 AND r.first_rn IS NULL
        AND (EXISTS (SELECT 1 FROM (SELECT m.outlet_id FROM materials m WHERE m.url = r.url OFFSET 0) u WHERE u.outlet_id = r.outlet_id)
             OR EXISTS (SELECT 1 FROM materials m
                         WHERE m.outlet_id = r.outlet_id AND m.published_on = r.published_on AND hashtext(lower(m.title)) = hashtext(lower(r.title))
                           AND lower(m.title) = lower(r.title)))`,
    [batch],
  );
}

/** What an import writes of a new material, besides its id, author and import. */
export type ImportedMaterial = Pick<MaterialRow, InsertedProperty>;

/** A material's fields as a line of the import's COPY into materials. */
export function importedMaterialLine(material: ImportedMaterial): string {
  return MATERIAL_INSERTED.map((p) => copyField(material[p])).join('\t');
}

export interface ImportedLine {
  id: number;
  line: string;
  audienceIds: number[];
}

/** New materials through COPY (the statement triggers keep the counters as for any write), then their audience links. */
export async function insertImportedMaterials(
  client: PoolClient,
  materials: ImportedLine[],
  by: { userId: number; importId: number },
): Promise<void> {
  if (materials.length === 0) return;
  const rows = materials.map((m) => `${m.id}\t${m.line}\t${by.userId}\t${by.importId}\n`).join('');
  const links = materials.flatMap((m) => m.audienceIds.map((audience) => `${m.id}\t${audience}\n`)).join('');
  await copyInto(
    client,
    `COPY materials (id, ${MATERIAL_INSERTED.map(materialColumn).join(', ')}, created_by_id, import_id) FROM STDIN`,
    rows,
  );
  if (links !== '') await copyInto(client, 'COPY material_target_audiences (material_id, target_audience_id) FROM STDIN', links);
}

export interface CounterMismatch {
  table: 'daily' | 'monthly' | 'facets' | 'pairs';
  key: string;
  counted: number;
  stored: number;
}

const FACETS = COUNTER_FACETS.join(', ');
/** The region and every pair of the other facets, as the pair counters (migration 1764900000000) hold them. */
const OTHERS = COUNTER_FACETS.slice(1);
const PAIRS = OTHERS.flatMap((a, i) => OTHERS.slice(i + 1).map((b) => `(region_id, ${a}, ${b})`)).join(', ');
const COUNTED_PAIRS = `SELECT month, GROUPING(${FACETS}) AS facets, ${FACETS}, sum(n)::int AS n
  FROM (SELECT date_trunc('month', published_on)::date AS month, ${FACETS}, count(*) AS n FROM materials GROUP BY 1, 2, 3, 4, 5, 6, 7, 8) d
 GROUP BY month, GROUPING SETS (${PAIRS})`;

/** Compares the counter tables with a fresh count of materials; an empty list means they agree. */
export async function verifyCounters(m: EntityManager): Promise<CounterMismatch[]> {
  const rows: CounterMismatch[] = await m.query(`
    WITH raw_daily AS (
      SELECT published_on AS k, region_id, media_level, channel, count(*)::int AS n FROM materials GROUP BY 1, 2, 3, 4),
    raw_monthly AS (
      SELECT date_trunc('month', published_on)::date AS k, region_id, media_level, channel, count(*)::int AS n FROM materials GROUP BY 1, 2, 3, 4),
    daily AS (
      SELECT 'daily' AS "table", concat_ws('/', coalesce(r.k, c.day), coalesce(r.region_id, c.region_id), coalesce(r.media_level, c.media_level),
             coalesce(r.channel, c.channel)) AS key, coalesce(r.n, 0) AS counted, coalesce(c.n, 0) AS stored
        FROM raw_daily r FULL JOIN material_daily_counts c
          ON c.day = r.k AND c.region_id = r.region_id AND c.media_level = r.media_level AND c.channel = r.channel),
    monthly AS (
      SELECT 'monthly' AS "table", concat_ws('/', coalesce(r.k, c.month), coalesce(r.region_id, c.region_id), coalesce(r.media_level, c.media_level),
             coalesce(r.channel, c.channel)) AS key, coalesce(r.n, 0) AS counted, coalesce(c.n, 0) AS stored
        FROM raw_monthly r FULL JOIN material_monthly_counts c
          ON c.month = r.k AND c.region_id = r.region_id AND c.media_level = r.media_level AND c.channel = r.channel)
    SELECT * FROM daily WHERE counted <> stored
    UNION ALL
    SELECT * FROM monthly WHERE counted <> stored`);
  const facets: CounterMismatch[] = await m.query(`
    WITH raw AS (
      SELECT date_trunc('month', published_on)::date AS month, ${FACETS}, count(*)::int AS n FROM materials GROUP BY 1, 2, 3, 4, 5, 6, 7, 8),
    stored AS (SELECT month, ${FACETS}, sum(n)::int AS n FROM material_facet_counts GROUP BY 1, 2, 3, 4, 5, 6, 7, 8),
    diff AS (
      SELECT month, ${FACETS}, sum(counted)::int AS counted, sum(stored)::int AS stored
        FROM (SELECT month, ${FACETS}, n AS counted, 0 AS stored FROM raw
              UNION ALL
              SELECT month, ${FACETS}, 0, n FROM stored) u
       GROUP BY 1, 2, 3, 4, 5, 6, 7, 8)
    SELECT 'facets' AS "table", concat_ws('/', month, ${FACETS}) AS key, counted, stored FROM diff WHERE counted <> stored`);
  const pairs: CounterMismatch[] = await m.query(`
    WITH diff AS (
      SELECT month, facets, ${FACETS}, sum(counted)::int AS counted, sum(stored)::int AS stored
        FROM (SELECT month, facets, ${FACETS}, n AS counted, 0 AS stored FROM (${COUNTED_PAIRS}) raw
              UNION ALL
              SELECT month, facets, ${FACETS}, 0, n FROM material_pair_counts) u
       GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9)
    SELECT 'pairs' AS "table", concat_ws('/', month, facets, ${FACETS}) AS key, counted, stored FROM diff WHERE counted <> stored`);
  return [...rows, ...facets, ...pairs];
}

/** Recounts the counter tables from materials; the table lock keeps writers out while it runs. */
export async function rebuildCounters(m: EntityManager): Promise<void> {
  await m.query('LOCK TABLE materials IN SHARE MODE');
  await m.query('DELETE FROM material_daily_counts');
  await m.query('DELETE FROM material_monthly_counts');
  await m.query('DELETE FROM material_facet_counts');
  await m.query('DELETE FROM material_pair_counts');
  await m.query(`INSERT INTO material_daily_counts (day, region_id, media_level, channel, n)
                 SELECT published_on, region_id, media_level, channel, count(*) FROM materials GROUP BY 1, 2, 3, 4`);
  await m.query(`INSERT INTO material_monthly_counts (month, region_id, media_level, channel, n)
                 SELECT date_trunc('month', published_on)::date, region_id, media_level, channel, count(*) FROM materials GROUP BY 1, 2, 3, 4`);
  await m.query(`INSERT INTO material_facet_counts (month, ${FACETS}, n)
                 SELECT date_trunc('month', published_on)::date, ${FACETS}, count(*) FROM materials GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`);
  await m.query(`INSERT INTO material_pair_counts (month, facets, ${FACETS}, n) ${COUNTED_PAIRS}`);
}
