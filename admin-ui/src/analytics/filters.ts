import { Channel, CHANNELS, MediaLevel, MEDIA_LEVELS } from '../../../contracts/codes';
import type { MaterialFilter } from '../../../contracts/rollups';
import { Period, Quarter } from './period';

export interface AnalyticsFilters {
  year?: number;
  quarter: Quarter;
  fromMonth?: number;
  toMonth?: number;
  regionId?: number;
  channel?: Channel;
  mediaLevel?: MediaLevel;
  directionId?: number;
  specialProjectId?: number;
  targetAudienceId?: number;
}

export type FilterKey = keyof AnalyticsFilters;

const FILTER_KEYS: FilterKey[] = [
  'year',
  'quarter',
  'fromMonth',
  'toMonth',
  'regionId',
  'channel',
  'mediaLevel',
  'directionId',
  'specialProjectId',
  'targetAudienceId',
];

/** The search part of an analytics page's URL with its filters alone, for the other analytics pages to open with. */
export const filtersSearch = (params: URLSearchParams): string => {
  const kept = new URLSearchParams([...params].filter(([key]) => (FILTER_KEYS as string[]).includes(key)));
  return kept.size === 0 ? '' : `?${kept}`;
};

const positiveInt = (raw: string | null, max = Number.MAX_SAFE_INTEGER): number | undefined => {
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  const value = Number(raw);
  return value >= 1 && value <= max ? value : undefined;
};

/** Reads the filters from the URL's search params, ignoring anything malformed. */
export const parseFilters = (params: URLSearchParams): AnalyticsFilters => {
  const quarter = positiveInt(params.get('quarter'), 4);
  const channel = params.get('channel');
  const mediaLevel = params.get('mediaLevel');
  const fromMonth = positiveInt(params.get('fromMonth'), 12);
  const toMonth = positiveInt(params.get('toMonth'), 12);
  const monthRange = fromMonth !== undefined && toMonth !== undefined && fromMonth <= toMonth;
  return {
    year: positiveInt(params.get('year')),
    quarter: monthRange ? 0 : ((quarter ?? 0) as Quarter),
    fromMonth: monthRange ? fromMonth : undefined,
    toMonth: monthRange ? toMonth : undefined,
    regionId: positiveInt(params.get('regionId')),
    channel: CHANNELS.find((known) => known === channel),
    mediaLevel: MEDIA_LEVELS.find((known) => known === mediaLevel),
    directionId: positiveInt(params.get('directionId')),
    specialProjectId: positiveInt(params.get('specialProjectId')),
    targetAudienceId: positiveInt(params.get('targetAudienceId')),
  };
};

/** The search params with one filter set (or removed when empty); a quarter and a month range exclude each other. */
export const withFilter = (params: URLSearchParams, key: FilterKey, value: string | number | undefined): URLSearchParams => {
  const next = new URLSearchParams(params);
  const empty = value === undefined || value === '' || value === 0 || value === '0';
  if (empty) next.delete(key);
  else next.set(key, String(value));
  if (key === 'quarter') {
    next.delete('fromMonth');
    next.delete('toMonth');
  }
  if ((key === 'fromMonth' || key === 'toMonth') && !empty) next.delete('quarter');
  return next;
};

const pad = (value: number) => String(value).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
const monthStart = (index: number) => `${Math.floor(index / 12)}-${pad((index % 12) + 1)}-01`;
const monthEnd = (index: number) => {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${pad(month)}-${pad(lastDay(year, month))}`;
};

/** The chosen period: a month range, a quarter or the whole year. */
export const periodOfFilters = (filters: AnalyticsFilters, year: number): Period => {
  if (filters.fromMonth !== undefined && filters.toMonth !== undefined) {
    return { from: monthStart(year * 12 + filters.fromMonth - 1), to: monthEnd(year * 12 + filters.toMonth - 1) };
  }
  const first = filters.quarter === 0 ? 0 : (filters.quarter - 1) * 3;
  const last = filters.quarter === 0 ? 11 : first + 2;
  return { from: monthStart(year * 12 + first), to: monthEnd(year * 12 + last) };
};

/** The same number of whole months right before the period (the previous year, quarter or range). */
export const previousPeriod = (period: Period): Period => {
  const first = monthIndex(period.from);
  const length = monthIndex(period.to) - first + 1;
  return { from: monthStart(first - length), to: monthEnd(first - 1) };
};

/** One month (YYYY-MM) as a period. */
export const periodOfMonth = (month: string): Period => ({ from: `${month}-01`, to: monthEnd(monthIndex(`${month}-01`)) });

/** Every month of the period as YYYY-MM. */
export const monthsOf = (period: Period): string[] => {
  const first = monthIndex(period.from);
  return Array.from({ length: monthIndex(period.to) - first + 1 }, (_, offset) => monthStart(first + offset).slice(0, 7));
};

/** The filters as a materials-list filter (without the period). */
export const materialFilter = (filters: AnalyticsFilters, options: { withRegion?: boolean } = {}): MaterialFilter => {
  const filter: MaterialFilter = {};
  if (filters.regionId !== undefined && options.withRegion !== false) filter.regionId = filters.regionId;
  if (filters.channel !== undefined) filter.channel = filters.channel;
  if (filters.mediaLevel !== undefined) filter.mediaLevel = filters.mediaLevel;
  if (filters.directionId !== undefined) filter.directionId = filters.directionId;
  if (filters.specialProjectId !== undefined) filter.specialProjectId = filters.specialProjectId;
  if (filters.targetAudienceId !== undefined) filter.targetAudienceIds = [filters.targetAudienceId];
  return filter;
};

/** The records (regions) active at some time in the period; ones without dates always are. */
export const activeIn = <T extends { activeFrom?: string | null; activeTo?: string | null }>(records: T[], period: Period): T[] =>
  records.filter(
    (record) => (!record.activeFrom || record.activeFrom <= period.to) && (!record.activeTo || record.activeTo >= period.from),
  );
