import { DataSource, SelectQueryBuilder } from 'typeorm';
import { applyFilter, parseListQuery } from '../common/list-query';
import { ownValue } from '../common/own';
import { COUNTER_FACETS, MATERIALS_LIST } from './material.fields';
import { Material } from './material.entity';

/** A filter of the materials list, parsed and checked once. */
export type MaterialsFilter = Record<string, unknown>;

/** Parses the JSON filter of the materials list (a 400 when it is not one). */
export function parseMaterialsFilter(raw: string | undefined): MaterialsFilter {
  return parseListQuery({ filter: raw }, MATERIALS_LIST).filter;
}

/** Materials of a period (either end may be open) that pass a filter, confined to one region when given. */
export interface MaterialsScope {
  from?: string;
  to?: string;
  filter: MaterialsFilter;
  regionId?: number;
}

/** A count per combination of the grouped keys, each key under its own name. */
export type GroupedCount = Record<string, string | number | null>;

/** The national count by level and channel. */
export interface NationalCounts {
  total: number;
  rep_tv: number;
  rep_radio: number;
  rep_print: number;
  reg_tv: number;
  reg_radio: number;
  reg_print: number;
  internet: number;
  social: number;
}

export interface RegionMonthCount {
  region_id: number;
  month: string;
  count: number;
  late: number;
  with_evidence: number;
}

/** The groupBy keys that are columns of materials and of the facet counters alike. */
const FACET_COLUMNS: Record<string, string> = {
  regionId: 'region_id',
  channel: 'channel',
  mediaLevel: 'media_level',
  language: 'language',
  format: 'format',
  directionId: 'direction_id',
  specialProjectId: 'special_project_id',
};

const columnsOf = (alias: string): Record<string, string> =>
  Object.fromEntries(Object.entries(FACET_COLUMNS).map(([key, column]) => [key, `${alias}.${column}`]));

const periodsOf = (day: string): Record<string, string> => ({
  month: `to_char(${day}, 'YYYY-MM')`,
  quarter: `to_char(${day}, 'YYYY-"Q"Q')`,
  year: `extract(year FROM ${day})::int`,
});

/** Each groupBy key and the SQL that yields it over materials; the keys are the only text that reaches the SQL. */
const GROUPS: Record<string, string> = {
  ...columnsOf('r'),
  outletId: 'r.outlet_id',
  targetAudienceId: 'mta.target_audience_id',
  ...periodsOf('r.published_on'),
};

/** The keys a grouped count may group by. */
export const GROUP_KEYS: readonly string[] = Object.keys(GROUPS);

/** The groupBy keys the facet counters hold, over those counters (alias f). */
const FACET_GROUPS: Record<string, string> = { ...columnsOf('f'), ...periodsOf('f.month') };

/** The keys the monthly counters hold too: with a hundredth of the facet counters' rows they answer such groupings. */
const MONTHLY_KEYS = new Set(['regionId', 'channel', 'mediaLevel', 'month', 'quarter', 'year']);

const KEY_OF_COLUMN = Object.fromEntries(Object.entries(FACET_COLUMNS).map(([key, column]) => [column, key]));

/** The facets' groupBy keys in the order of GROUPING() in the pair counters. */
const PAIR_FACETS = COUNTER_FACETS.map((column) => KEY_OF_COLUMN[column]);

/**
 * The pair counters' `facets` value (a bit for each facet not held) for a grouping by at most two facets besides the
 * region, which every pair holds; a single facet is read from its pair with the level (or the channel).
 */
function pairFor(keys: string[]): number | null {
  const held = new Set(['regionId', ...keys.filter((k) => PAIR_FACETS.includes(k))]);
  if (held.size === 2) held.add(held.has('mediaLevel') ? 'channel' : 'mediaLevel');
  if (held.size !== 3) return null;
  return PAIR_FACETS.reduce((bits, k, i) => (held.has(k) ? bits : bits | (1 << (PAIR_FACETS.length - 1 - i))), 0);
}

const dayAfter = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const firstOfNextMonth = (day: string): string =>
  new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 1)).toISOString().slice(0, 10);

/** The first day of the first whole month from `from` on. */
const firstWholeMonth = (from: string): string => (from.endsWith('-01') ? from : firstOfNextMonth(from));

/** The first day after the last whole month up to `to`. */
const afterWholeMonths = (to: string): string => `${dayAfter(to).slice(0, 7)}-01`;

function wholeMonths(from?: string, to?: string): { m1: string | null; m2: string | null } {
  return { m1: from === undefined ? null : firstWholeMonth(from), m2: to === undefined ? null : afterWholeMonths(to) };
}

/** Materials of the scope, through the materials list's own filter. */
function filtered(ds: DataSource, scope: MaterialsScope): SelectQueryBuilder<Material> {
  const qb = ds.getRepository(Material).createQueryBuilder('r');
  applyFilter(qb, 'r', MATERIALS_LIST, scope.filter);
  if (scope.from) qb.andWhere('r.published_on >= :from', { from: scope.from });
  if (scope.to) qb.andWhere('r.published_on <= :to', { to: scope.to });
  if (scope.regionId !== undefined) qb.andWhere('r.region_id = :scopeRegion', { scopeRegion: scope.regionId });
  return qb;
}

const isEmpty = (filter: MaterialsFilter): boolean => Object.keys(filter).length === 0;

/** The national count of a period: from the counters, or from materials when a filter asks for what they do not hold. */
export function nationalCounts(ds: DataSource, scope: MaterialsScope & { from: string; to: string }): Promise<NationalCounts> {
  return isEmpty(scope.filter) ? nationalFromCounters(ds, scope.from, scope.to, scope.regionId) : nationalFromMaterials(ds, scope);
}

/**
 * Whole months from the monthly counters, the partial months at either end from the daily ones: each daily branch is
 * one index range, so a whole year reads no daily counter at all.
 */
async function nationalFromCounters(ds: DataSource, from: string, to: string, regionId?: number): Promise<NationalCounts> {
  const m1 = firstWholeMonth(from);
  const m2 = afterWholeMonths(to);
  // Without a whole month the head range runs to the end of the period and the tail range is empty.
  const headEnd = m1 < m2 ? m1 : dayAfter(to);
  const tailStart = m1 < m2 ? m2 : dayAfter(to);
  const rows: { media_level: string; channel: string; n: number }[] = await ds.query(
    `SELECT media_level, channel, sum(n)::int AS n FROM (
         SELECT media_level, channel, n FROM material_monthly_counts WHERE month >= $1 AND month < $2 AND ($7::int IS NULL OR region_id = $7)
         UNION ALL
         SELECT media_level, channel, n FROM material_daily_counts WHERE day >= $3 AND day < $4 AND ($7::int IS NULL OR region_id = $7)
         UNION ALL
         SELECT media_level, channel, n FROM material_daily_counts WHERE day >= $5 AND day <= $6 AND ($7::int IS NULL OR region_id = $7)) x
       GROUP BY 1, 2`,
    [m1, m2, from, headEnd, tailStart, to, regionId ?? null],
  );
  const get = (level: string | null, channel: string) =>
    rows.filter((r) => (level === null || r.media_level === level) && r.channel === channel).reduce((s, r) => s + r.n, 0);
  return {
    total: rows.reduce((s, r) => s + r.n, 0),
    rep_tv: get('republican', 'tv'),
    rep_radio: get('republican', 'radio'),
    rep_print: get('republican', 'print'),
    reg_tv: get('regional', 'tv'),
    reg_radio: get('regional', 'radio'),
    reg_print: get('regional', 'print'),
    internet: get(null, 'internet'),
    social: get(null, 'social'),
  };
}

async function nationalFromMaterials(ds: DataSource, scope: MaterialsScope): Promise<NationalCounts> {
  const qb = filtered(ds, scope);
  const count = (where: string) => `count(*) FILTER (WHERE ${where})::int`;
  qb.select('count(*)::int', 'total')
    .addSelect(count(`r.media_level = 'republican' AND r.channel = 'tv'`), 'rep_tv')
    .addSelect(count(`r.media_level = 'republican' AND r.channel = 'radio'`), 'rep_radio')
    .addSelect(count(`r.media_level = 'republican' AND r.channel = 'print'`), 'rep_print')
    .addSelect(count(`r.media_level = 'regional' AND r.channel = 'tv'`), 'reg_tv')
    .addSelect(count(`r.media_level = 'regional' AND r.channel = 'radio'`), 'reg_radio')
    .addSelect(count(`r.media_level = 'regional' AND r.channel = 'print'`), 'reg_print')
    .addSelect(count(`r.channel = 'internet'`), 'internet')
    .addSelect(count(`r.channel = 'social'`), 'social');
  return (await qb.getRawOne<NationalCounts>()) as NationalCounts;
}

/**
 * A count per combination of one to three keys of GROUP_KEYS, ordered by them: from the counters when they hold every
 * key and no filter asks for more, else from materials.
 */
export async function groupedCounts(ds: DataSource, keys: string[], scope: MaterialsScope): Promise<GroupedCount[]> {
  if (isEmpty(scope.filter) && keys.every((k) => ownValue(FACET_GROUPS, k) !== undefined))
    return groupedFromCounters(ds, keys, scope.from, scope.to, scope.regionId);
  const qb = filtered(ds, scope);
  if (keys.includes('targetAudienceId')) {
    qb.leftJoin('material_target_audiences', 'mta', 'mta.material_id = r.id');
  }
  qb.select([]);
  keys.forEach((k, i) => qb.addSelect(GROUPS[k], `g${i}`).addGroupBy(`g${i}`).addOrderBy(`g${i}`, 'ASC', 'NULLS LAST'));
  qb.addSelect('count(*)::int', 'count');
  return toGroupedCounts(keys, await qb.getRawMany());
}

function toGroupedCounts(keys: string[], rows: GroupedCount[]): GroupedCount[] {
  return rows.map((row) => {
    const out: GroupedCount = {};
    keys.forEach((k, i) => (out[k] = row[`g${i}`]));
    out.count = row.count;
    return out;
  });
}

/**
 * Whole months from the smallest counters that hold every key: the monthly counters, else the pair counters, else
 * the facet counters (the same columns under the same names); the days of partial months at either end from
 * materials (one index range each). Groups whose counters came back to zero after deletes are left out, as a count
 * would leave them out.
 */
async function groupedFromCounters(ds: DataSource, keys: string[], from?: string, to?: string, regionId?: number): Promise<GroupedCount[]> {
  const params: (string | number)[] = [];
  const param = (value: string | number) => `$${params.push(value)}`;
  const region = (column: string) => (regionId === undefined ? '' : ` AND ${column} = ${param(regionId)}`);
  const list = (groups: Record<string, string>) => keys.map((k, i) => `${groups[k]} AS g${i}`).join(', ');
  const positions = keys.map((_, i) => i + 1).join(', ');
  const rawRange = (lo: string, hi: string, hiInclusive: boolean) =>
    `SELECT ${list(GROUPS)}, count(*) AS n FROM materials r
        WHERE r.published_on >= ${param(lo)} AND r.published_on ${hiInclusive ? '<=' : '<'} ${param(hi)}${region('r.region_id')} GROUP BY ${positions}`;
  const { m1, m2 } = wholeMonths(from, to);
  const parts: string[] = [];
  if (m1 !== null && m2 !== null && m1 >= m2) {
    parts.push(rawRange(from as string, to as string, true));
  } else {
    const bounds = [m1 === null ? '' : ` AND f.month >= ${param(m1)}`, m2 === null ? '' : ` AND f.month < ${param(m2)}`].join('');
    const pair = pairFor(keys);
    const counters = keys.every((k) => MONTHLY_KEYS.has(k))
      ? 'material_monthly_counts f WHERE true'
      : pair === null
        ? 'material_facet_counts f WHERE true'
        : `material_pair_counts f WHERE f.facets = ${param(pair)}`;
    parts.push(`SELECT ${list(FACET_GROUPS)}, sum(f.n) AS n FROM ${counters}${bounds}${region('f.region_id')} GROUP BY ${positions}`);
    if (from !== undefined && m1 !== null && from < m1) parts.push(rawRange(from, m1, false));
    if (to !== undefined && m2 !== null && m2 <= to) parts.push(rawRange(m2, to, true));
  }
  const rows: GroupedCount[] = await ds.query(
    `SELECT ${keys.map((_, i) => `g${i}`).join(', ')}, sum(n)::int AS count FROM (${parts.join(' UNION ALL ')}) x
        GROUP BY ${positions} HAVING sum(n) <> 0 ORDER BY ${keys.map((_, i) => `${i + 1} NULLS LAST`).join(', ')}`,
    params,
  );
  return toGroupedCounts(keys, rows);
}

/** Each region's materials per month of the scope, and how many of them were entered more than `lateAfterDays` late. */
export function regionMonthCounts(ds: DataSource, scope: MaterialsScope, lateAfterDays: number): Promise<RegionMonthCount[]> {
  return filtered(ds, scope)
    .select('r.region_id', 'region_id')
    .addSelect(`to_char(r.published_on, 'YYYY-MM')`, 'month')
    .addSelect('count(*)::int', 'count')
    .addSelect(`count(*) FILTER (WHERE r.created_at > r.published_on + ${lateAfterDays})::int`, 'late')
    .addSelect('count(*) FILTER (WHERE EXISTS (SELECT 1 FROM material_evidence me WHERE me.material_id = r.id))::int', 'with_evidence')
    .groupBy('r.region_id')
    .addGroupBy('month')
    .getRawMany();
}
