import { DataSource } from 'typeorm';
import { sectionName } from '../../../contracts/audit-vocabulary';
import type { CodeKind, CodeLabels } from '../../../contracts/code-labels';
import type { Locale } from '../../../contracts/codes';
import { NAME_COLUMN } from '../common/names.dto';
import { dayMonthYear } from '../common/workbook-layout';
import type { ExportLabels } from './export-labels';

/** The filters whose values are codes, with the kind of code that labels them. */
const CODE_FILTERS: Record<string, CodeKind> = {
  channel: 'channel',
  mediaLevel: 'level',
  language: 'language',
  format: 'format',
  status: 'planStatus',
  action: 'auditAction',
};

/** The filters whose values are ids, with the statement naming them: $1 the ids. */
const NAMED_FILTERS: Record<string, (locale: Locale) => string> = {
  regionId: (l) => `SELECT ${NAME_COLUMN[l]} AS name FROM regions WHERE id = ANY($1::int[]) ORDER BY id`,
  directionId: (l) => `SELECT ${NAME_COLUMN[l]} AS name FROM directions WHERE id = ANY($1::int[]) ORDER BY id`,
  specialProjectId: (l) => `SELECT ${NAME_COLUMN[l]} AS name FROM special_projects WHERE id = ANY($1::int[]) ORDER BY id`,
  targetAudienceIds: (l) => `SELECT ${NAME_COLUMN[l]} AS name FROM target_audiences WHERE id = ANY($1::int[]) ORDER BY id`,
  outletId: () => 'SELECT name FROM outlets WHERE id = ANY($1::int[]) ORDER BY id',
  rubricId: () => 'SELECT name FROM rubrics WHERE id = ANY($1::int[]) ORDER BY id',
  mediaPlanItemId: () => 'SELECT topic AS name FROM media_plan_items WHERE id = ANY($1::int[]) ORDER BY id',
  userId: () => `SELECT coalesce(full_name || ' (' || login || ')', login) AS name FROM users WHERE id = ANY($1::int[]) ORDER BY id`,
};

const DATE_FILTERS = new Set(['publishedFrom', 'publishedTo', 'from', 'to']);

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

/** One filter in words, e.g. "Channel: TV, Radio", its references named in the language. */
async function filterWords(
  ds: DataSource,
  key: string,
  value: unknown,
  l: ExportLabels,
  codes: CodeLabels,
  locale: Locale,
): Promise<string> {
  const name = l.filters[key] ?? key;
  if (value === null) return `${name}: ${l.empty}`;
  if (key === 'id') return `${name}: ${asList(value).length}`;
  if (key === 'q') return `${name}: «${String(value)}»`;
  const values = asList(value);
  if (key === 'resource') return `${name}: ${values.map((v) => sectionName(String(v), locale)).join(', ')}`;
  if (DATE_FILTERS.has(key)) return `${name}: ${values.map((v) => dayMonthYear(String(v).slice(0, 10))).join(', ')}`;
  const kind = CODE_FILTERS[key];
  if (kind) {
    const labels: Record<string, string> = codes[kind];
    return `${name}: ${values.map((v) => labels[String(v)] ?? String(v)).join(', ')}`;
  }
  const named = NAMED_FILTERS[key];
  if (named) {
    const rows: { name: string }[] = await ds.query(named(locale), [values.map(Number)]);
    return `${name}: ${rows.length > 0 ? rows.map((r) => r.name).join(', ') : values.join(', ')}`;
  }
  return `${name}: ${values.join(', ')}`;
}

/**
 * The filters of an export in words, in the order given; a reader confined to a region is told so when the filter
 * does not say it.
 */
export async function filtersInWords(
  ds: DataSource,
  filter: Record<string, unknown>,
  confinedTo: number | 'any',
  l: ExportLabels,
  codes: CodeLabels,
  locale: Locale,
): Promise<string[]> {
  const shown = Object.entries(filter).filter(([key, value]) => !(key === 'q' && typeof value === 'string' && value.trim() === ''));
  const words = await Promise.all(shown.map(([key, value]) => filterWords(ds, key, value, l, codes, locale)));
  if (confinedTo !== 'any' && filter.regionId === undefined) words.unshift(await filterWords(ds, 'regionId', confinedTo, l, codes, locale));
  return words;
}

/** The one region an export covers, for its file name: the reader's own, or the filter's when it names one. */
export function regionOfExport(filter: Record<string, unknown>, confinedTo: number | 'any'): number | undefined {
  if (confinedTo !== 'any') return confinedTo;
  return typeof filter.regionId === 'number' ? filter.regionId : undefined;
}

export { regionSlug } from '../regions/region-reads';

const QUARTER_STARTS = ['01-01', '04-01', '07-01', '10-01'];
const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'];

/**
 * A period for a file name: "2020" for a whole year, "2020-q1" for a quarter, else its ends ("2020-01-15_2020-02-10"),
 * or undefined without either.
 */
export function periodSlug(from: unknown, to: unknown): string | undefined {
  const a = typeof from === 'string' ? from.slice(0, 10) : undefined;
  const b = typeof to === 'string' ? to.slice(0, 10) : undefined;
  if (a && b && a.slice(0, 4) === b.slice(0, 4)) {
    const [year, start, end] = [a.slice(0, 4), a.slice(5), b.slice(5)];
    if (start === '01-01' && end === '12-31') return year;
    const q = QUARTER_STARTS.indexOf(start);
    if (q >= 0 && QUARTER_ENDS[q] === end) return `${year}-q${q + 1}`;
  }
  if (a && b) return `${a}_${b}`;
  if (a) return `from-${a}`;
  if (b) return `to-${b}`;
  return undefined;
}

/** materials-2020-q1-north-kazakhstan-kk.xlsx: the list, then what of period and region there is, then the language. */
export const exportFileName = (list: string, parts: (string | undefined)[], locale: Locale): string =>
  `${[list, ...parts.filter((p): p is string => p !== undefined), locale].join('-')}.xlsx`;
