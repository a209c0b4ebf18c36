import { DataSource } from 'typeorm';
import { NAME_COLUMN } from '../common/names.dto';
import type { RegionQuarterCoverage } from '../../../contracts/analytics';
import type { Locale } from '../../../contracts/codes';

/** A period of publication, inclusive, confined to one region when given. */
export interface Period {
  from: string;
  to: string;
  regionId?: number;
}

export interface RegionChannelRow {
  id: number;
  name: string;
  tv: number;
  radio: number;
  print: number;
  internet: number;
  social: number;
  total: number;
}

export interface NamedCount {
  id: number;
  name: string;
  count: number;
}

/** A material as the report lists it: its references by name in the report's language. */
export interface MaterialRow {
  id: number;
  publishedOn: string;
  region: string;
  outlet: string;
  rubric: string | null;
  channel: string;
  mediaLevel: string;
  language: string;
  format: string;
  title: string;
  url: string | null;
  direction: string | null;
  specialProject: string | null;
  views: number | null;
  reactions: number | null;
  shares: number | null;
  comments: number | null;
  reach: number | null;
}

/** A region's quarter as the coverage counts it, before shares are worked out. */
export type CoverageCounts = Omit<RegionQuarterCoverage, 'shares' | 'specialProjects'> & {
  special_projects: Record<string, number> | null;
};

/** The name column of a reference table in a language. */
export const BATCH = 5000;

/** Each region active in the period, with its materials per channel. */
export function regionsByChannel(ds: DataSource, p: Period, locale: Locale): Promise<RegionChannelRow[]> {
  return ds.query(
    `SELECT r.id, r.${NAME_COLUMN[locale]} AS name,
              count(m.id) FILTER (WHERE m.channel = 'tv')::int AS tv,
              count(m.id) FILTER (WHERE m.channel = 'radio')::int AS radio,
              count(m.id) FILTER (WHERE m.channel = 'print')::int AS print,
              count(m.id) FILTER (WHERE m.channel = 'internet')::int AS internet,
              count(m.id) FILTER (WHERE m.channel = 'social')::int AS social,
              count(m.id)::int AS total
         FROM regions r
         LEFT JOIN materials m ON m.region_id = r.id AND m.published_on BETWEEN $1 AND $2
        WHERE r.active_from <= $2::date AND (r.active_to IS NULL OR r.active_to >= $1::date)
          AND ($3::int IS NULL OR r.id = $3)
        GROUP BY r.id ORDER BY r.${NAME_COLUMN[locale]}`,
    [p.from, p.to, p.regionId ?? null],
  );
}

/** Each special project with its materials of the period. */
export function bySpecialProject(ds: DataSource, p: Period, locale: Locale): Promise<NamedCount[]> {
  return ds.query(
    `SELECT s.id, s.${NAME_COLUMN[locale]} AS name, count(m.id)::int AS count
         FROM special_projects s
         LEFT JOIN materials m ON m.special_project_id = s.id AND m.published_on BETWEEN $1 AND $2 AND ($3::int IS NULL OR m.region_id = $3)
        GROUP BY s.id ORDER BY s.id`,
    [p.from, p.to, p.regionId ?? null],
  );
}

/** Each target audience with its materials of the period. */
export function byAudience(ds: DataSource, p: Period, locale: Locale): Promise<NamedCount[]> {
  return ds.query(
    `SELECT a.id, a.${NAME_COLUMN[locale]} AS name, count(m.id)::int AS count
         FROM target_audiences a
         LEFT JOIN material_target_audiences mta ON mta.target_audience_id = a.id
         LEFT JOIN materials m ON m.id = mta.material_id AND m.published_on BETWEEN $1 AND $2 AND ($3::int IS NULL OR m.region_id = $3)
        GROUP BY a.id ORDER BY a.id`,
    [p.from, p.to, p.regionId ?? null],
  );
}

/** A condition over the materials' alias `m`, with its parameters ($1, ...). */
export interface MaterialCondition {
  where: string;
  params: unknown[];
}

/** The materials published in the period (in its region, when it has one). */
export const inPeriod = (p: Period): MaterialCondition => ({
  where: 'm.published_on BETWEEN $1 AND $2 AND ($3::int IS NULL OR m.region_id = $3)',
  params: [p.from, p.to, p.regionId ?? null],
});

/** The materials that meet the condition (over `m`) as report rows, their references named in the language; unordered. */
export function materialRowsSql(where: string, locale: Locale): string {
  return `SELECT m.id, to_char(m.published_on, 'YYYY-MM-DD') AS "publishedOn", r.${NAME_COLUMN[locale]} AS region, o.name AS outlet,
                 rb.name AS rubric, m.channel, m.media_level AS "mediaLevel", m.language, m.format, m.title, m.url,
                 d.${NAME_COLUMN[locale]} AS direction, s.${NAME_COLUMN[locale]} AS "specialProject",
                 m.views, m.reactions, m.shares, m.comments, m.reach
            FROM materials m
            JOIN regions r ON r.id = m.region_id
            JOIN outlets o ON o.id = m.outlet_id
            LEFT JOIN rubrics rb ON rb.id = m.rubric_id
            LEFT JOIN directions d ON d.id = m.direction_id
            LEFT JOIN special_projects s ON s.id = m.special_project_id
           WHERE ${where}`;
}

/** The materials that meet the condition, by date, in keyset batches so that memory stays flat. */
export async function* materialBatches(ds: DataSource, c: MaterialCondition, locale: Locale): AsyncGenerator<MaterialRow[]> {
  let after: [string, number] = ['0001-01-01', 0];
  const [day, id] = [c.params.length + 1, c.params.length + 2];
  for (;;) {
    const rows: MaterialRow[] = await ds.query(
      `${materialRowsSql(`(${c.where}) AND (m.published_on, m.id) > ($${day}::date, $${id}::int)`, locale)}
          ORDER BY m.published_on, m.id
          LIMIT ${BATCH}`,
      [...c.params, after[0], after[1]],
    );
    if (rows.length === 0) return;
    yield rows;
    const last = rows[rows.length - 1];
    after = [last.publishedOn, last.id];
    if (rows.length < BATCH) return;
  }
}

/** Each region's quarters of the period against the guide's priorities: languages, audiences, channels, special projects. */
export function coverageCounts(ds: DataSource, p: Period, newSpecialProjectIds: number[]): Promise<CoverageCounts[]> {
  return ds.query(
    `WITH scoped AS (
         SELECT m.*, to_char(m.published_on, 'YYYY-"Q"Q') AS quarter
           FROM materials m
          WHERE m.published_on BETWEEN $1 AND $2 AND ($3::int IS NULL OR m.region_id = $3)),
       audiences AS (
         SELECT mta.material_id, array_agg(a.code) AS codes
           FROM material_target_audiences mta JOIN target_audiences a ON a.id = mta.target_audience_id
          WHERE mta.material_id IN (SELECT id FROM scoped)
          GROUP BY mta.material_id),
       projects AS (
         SELECT region_id, quarter, jsonb_object_agg(special_project_id, n) AS special_projects
           FROM (SELECT region_id, quarter, special_project_id, count(*)::int AS n FROM scoped
                  WHERE special_project_id IS NOT NULL GROUP BY 1, 2, 3) p
          GROUP BY 1, 2)
       SELECT s.region_id AS "regionId", s.quarter, count(*)::int AS total,
              count(*) FILTER (WHERE s.language IN ('ru', 'kk_ru'))::int AS "russianOrBilingual",
              count(*) FILTER (WHERE 'seniors-60-plus' = ANY(a.codes))::int AS seniors,
              count(*) FILTER (WHERE 'ethnic-groups' = ANY(a.codes))::int AS "ethnicGroups",
              count(*) FILTER (WHERE 'youth-16-29' = ANY(a.codes))::int AS youth,
              count(*) FILTER (WHERE s.channel IN ('tv', 'radio'))::int AS "tvRadio",
              count(*) FILTER (WHERE s.channel IN ('internet', 'social'))::int AS internet,
              count(*) FILTER (WHERE s.special_project_id = ANY($4::int[]))::int AS "newSpecialProjects",
              p.special_projects
         FROM scoped s
         LEFT JOIN audiences a ON a.material_id = s.id
         LEFT JOIN projects p ON p.region_id = s.region_id AND p.quarter = s.quarter
        GROUP BY s.region_id, s.quarter, p.special_projects
        ORDER BY s.region_id, s.quarter`,
    [p.from, p.to, p.regionId ?? null, newSpecialProjectIds],
  );
}
