import { BadRequestException } from '@nestjs/common';
import { Brackets, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { FIRST_YEAR, LAST_YEAR } from '../../../contracts/codes';
import { depthMessage, MAX_JSON_DEPTH, nestsDeeperThan } from './json-depth';
import { ownValue } from './own';
import { MAX_INT, nulMessage, pathOfNul } from './pg-limits';
import { refusal, YEARS } from './coded-error';

export const MAX_PAGE_SIZE = 1000;
const DEFAULT_PAGE_SIZE = 25;

export type FieldType = 'int' | 'text' | 'date' | 'bool' | 'timestamp';

/** A field of a list, named by its key: the entity's property, which TypeORM maps to its column. */
export interface FieldSpec {
  type: FieldType;
  values?: readonly string[];
  sortable?: boolean;
  filterable?: boolean;
}

/** Fields of one type and the same options, e.g. a record's ids. */
export function fieldsOfType(type: FieldType, names: readonly string[], options: Omit<FieldSpec, 'type'> = {}): Record<string, FieldSpec> {
  return Object.fromEntries(names.map((name) => [name, { type, ...options }]));
}

/** The version of an optimistically locked record: sorted on, never filtered on. */
export const VERSION_FIELD: FieldSpec = { type: 'int', filterable: false };

/**
 * A filter by ids that is no column's equality: on something the row links to (a material's audiences), or a rule
 * over its columns (the outlets usable in a region).
 */
export type LinkFilter = (alias: string, param: string) => string;

/** A yes/no filter that is a condition over the row rather than a column (a material with evidence files). */
export type ConditionFilter = (alias: string, value: boolean) => string;

export interface ListSpec {
  resource: string;
  fields: Record<string, FieldSpec>;
  search: string[];
  /** Inclusive period filters over a date or timestamp column, e.g. publishedFrom/publishedTo. */
  period?: { column: string; from: string; to: string };
  links?: Record<string, LinkFilter>;
  conditions?: Record<string, ConditionFilter>;
  defaultSort: [string, SortOrder];
}

export type SortOrder = 'ASC' | 'DESC';

export interface ListParams {
  sort: [string, SortOrder];
  range: [number, number] | null;
  filter: Record<string, unknown>;
}

export interface RawListQuery {
  sort?: unknown;
  range?: unknown;
  filter?: unknown;
}

function parseJson(name: string, raw: unknown): unknown {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string') throw refusal(BadRequestException, 'query.malformed', `${name} must be given once, as JSON`, {}, name);
  if (nestsDeeperThan(raw, MAX_JSON_DEPTH))
    throw refusal(BadRequestException, 'validation.tooDeep', depthMessage(name), { max: MAX_JSON_DEPTH }, name);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw refusal(BadRequestException, 'query.malformed', `${name} is not valid JSON`, {}, name);
  }
  const nul = pathOfNul(parsed, name);
  if (nul !== null) throw refusal(BadRequestException, 'validation.nul', nulMessage(nul), {}, nul);
  return parsed;
}

function parseSort(raw: unknown, spec: ListSpec): [string, SortOrder] {
  const sort = parseJson('sort', raw);
  if (sort === undefined) return spec.defaultSort;
  if (!Array.isArray(sort) || sort.length !== 2 || typeof sort[0] !== 'string' || typeof sort[1] !== 'string') {
    throw refusal(BadRequestException, 'query.malformed', 'sort must be ["field","ASC"|"DESC"]', {}, 'sort');
  }
  const [field, order] = sort;
  const f = ownValue(spec.fields, field);
  if (!f || f.sortable === false)
    throw refusal(BadRequestException, 'query.unknownField', `sort: unknown or unsortable field "${field}"`, { name: field }, 'sort');
  const upper = order.toUpperCase();
  if (upper !== 'ASC' && upper !== 'DESC')
    throw refusal(BadRequestException, 'query.sortOrder', 'sort: order must be ASC or DESC', {}, 'sort');
  return [field, upper];
}

function parseRange(raw: unknown): [number, number] | null {
  const range = parseJson('range', raw);
  if (range === undefined) return null;
  if (!Array.isArray(range) || range.length !== 2 || !range.every((n) => Number.isSafeInteger(n))) {
    throw refusal(BadRequestException, 'query.malformed', 'range must be [start,end] with two integers', {}, 'range');
  }
  const [start, end] = range as [number, number];
  if (start < 0 || end < start) throw refusal(BadRequestException, 'query.range', 'range must not be negative or reversed', {}, 'range');
  if (end - start + 1 > MAX_PAGE_SIZE)
    throw refusal(
      BadRequestException,
      'query.pageSize',
      `range: a page holds at most ${MAX_PAGE_SIZE} records`,
      { max: MAX_PAGE_SIZE },
      'range',
    );
  return [start, end];
}

function parseFilter(raw: unknown): Record<string, unknown> {
  const filter = parseJson('filter', raw);
  if (filter === undefined) return {};
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) {
    throw refusal(BadRequestException, 'query.malformed', 'filter must be a JSON object', {}, 'filter');
  }
  return filter as Record<string, unknown>;
}

export function parseListQuery(query: RawListQuery, spec: ListSpec): ListParams {
  return { sort: parseSort(query.sort, spec), range: parseRange(query.range), filter: parseFilter(query.filter) };
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A YYYY-MM-DD date that exists in the calendar (2020-02-30 does not), in the years FIRST_YEAR to LAST_YEAR. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < FIRST_YEAR || year > LAST_YEAR) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export const DATE_RULE = `a date YYYY-MM-DD from ${FIRST_YEAR}-01-01 to ${LAST_YEAR}-12-31`;

const TIMESTAMP_RE =
  /^(\d{4}-\d{2}-\d{2})(?:[T ]([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,6})?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?$/;

/** An ISO 8601 timestamp (or a date) on a calendar day from FIRST_YEAR to LAST_YEAR, as every date the app keeps. */
export function isTimestamp(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = TIMESTAMP_RE.exec(value);
  return m !== null && isCalendarDate(m[1]);
}

export const TIMESTAMP_RULE = `an ISO 8601 timestamp from ${FIRST_YEAR}-01-01 to ${LAST_YEAR}-12-31`;

const badDate = (key: string) =>
  refusal(BadRequestException, 'validation.isCalendarDate', `filter.${key}: must be ${DATE_RULE}`, YEARS, `filter.${key}`);

function coerce(key: string, field: FieldSpec, value: unknown): unknown {
  const wrong = () => refusal(BadRequestException, 'validation.invalid', `filter.${key}: wrong type of value`, {}, `filter.${key}`);
  switch (field.type) {
    case 'int': {
      const n = typeof value === 'string' && /^-?\d{1,10}$/.test(value) ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isSafeInteger(n) || Math.abs(n) > MAX_INT) throw wrong();
      return n;
    }
    case 'bool':
      if (value === 'true' || value === 'false') return value === 'true';
      if (typeof value !== 'boolean') throw wrong();
      return value;
    case 'date':
      if (!isCalendarDate(value)) throw badDate(key);
      return value;
    case 'timestamp':
      if (!isTimestamp(value))
        throw refusal(BadRequestException, 'validation.isTimestamp', `filter.${key}: must be ${TIMESTAMP_RULE}`, YEARS, `filter.${key}`);
      return value;
    case 'text':
      if (typeof value !== 'string' || value.length > 1000) throw wrong();
      if (field.values && !field.values.includes(value)) {
        throw refusal(
          BadRequestException,
          'validation.isIn',
          `filter.${key}: must be one of ${field.values.join(', ')}`,
          { values: field.values.join(', ') },
          `filter.${key}`,
        );
      }
      return value;
  }
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Applies ra-data-simple-rest filters: equality, arrays as "any of", q, publishedFrom/publishedTo, link filters. */
export function applyFilter<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  spec: ListSpec,
  filter: Record<string, unknown>,
): SelectQueryBuilder<T> {
  let i = 0;
  const param = () => `f${i++}`;
  for (const [key, value] of Object.entries(filter)) {
    if (key === 'q') {
      if (typeof value !== 'string' || value.length > 200)
        throw refusal(BadRequestException, 'validation.isString', 'filter.q: must be a string', {}, 'filter.q');
      const term = value.trim();
      if (term === '') continue;
      const p = param();
      qb.andWhere(
        new Brackets((w) => {
          for (const col of spec.search) w.orWhere(`${alias}.${col} ILIKE :${p}`);
        }),
        { [p]: `%${escapeLike(term)}%` },
      );
      continue;
    }
    if (spec.period && (key === spec.period.from || key === spec.period.to)) {
      if (!isCalendarDate(value)) throw badDate(key);
      const p = param();
      const column = `${alias}.${spec.period.column}`;
      qb.andWhere(key === spec.period.from ? `${column} >= :${p}::date` : `${column} < :${p}::date + 1`, { [p]: value });
      continue;
    }
    const link = spec.links && ownValue(spec.links, key);
    if (link) {
      const values = (Array.isArray(value) ? value : [value]).map((v) => coerce(key, { type: 'int' }, v));
      if (values.length === 0) {
        qb.andWhere('false');
        continue;
      }
      const p = param();
      qb.andWhere(link(alias, p), { [p]: values });
      continue;
    }
    const condition = spec.conditions && ownValue(spec.conditions, key);
    if (condition) {
      qb.andWhere(condition(alias, coerce(key, { type: 'bool' }, value) as boolean));
      continue;
    }
    const field = ownValue(spec.fields, key);
    if (!field || field.filterable === false)
      throw refusal(BadRequestException, 'query.unknownField', `filter: unknown field "${key}"`, { name: key }, 'filter');
    const p = param();
    if (Array.isArray(value)) {
      if (value.length > MAX_PAGE_SIZE)
        throw refusal(
          BadRequestException,
          'query.tooManyValues',
          `filter.${key}: at most ${MAX_PAGE_SIZE} values`,
          { max: MAX_PAGE_SIZE },
          `filter.${key}`,
        );
      if (value.length === 0) {
        qb.andWhere('false');
        continue;
      }
      qb.andWhere(`${alias}.${key} IN (:...${p})`, { [p]: value.map((v) => coerce(key, field, v)) });
    } else if (value === null) {
      qb.andWhere(`${alias}.${key} IS NULL`);
    } else {
      qb.andWhere(`${alias}.${key} = :${p}`, { [p]: coerce(key, field, value) });
    }
  }
  return qb;
}

/** getMany sends filter={"id":[...]} without a range: answer all of them, not a default page. */
export function pageOf(params: ListParams): { offset: number; limit: number } {
  if (params.range) return { offset: params.range[0], limit: params.range[1] - params.range[0] + 1 };
  if (Array.isArray(params.filter.id)) return { offset: 0, limit: MAX_PAGE_SIZE };
  return { offset: 0, limit: DEFAULT_PAGE_SIZE };
}
