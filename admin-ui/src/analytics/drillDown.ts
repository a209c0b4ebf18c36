import type { MaterialFilter } from '../../../contracts/rollups';
import type { Period } from './period';

type FilterValue = MaterialFilter[string];

/** A materials list's filter: a rollup's, plus the list's own yes/no conditions (with evidence files or without). */
export type ListFilter = Record<string, FilterValue | boolean>;

const asList = (value: FilterValue): (string | number)[] => (Array.isArray(value) ? value : [value]);

/** Both conditions on one field: the values they share (none when they exclude each other, as a figure of 0 does). */
const intersect = (base: FilterValue, extra: FilterValue): FilterValue => {
  const kept = asList(extra).filter((value) => asList(base).includes(value));
  return kept.length === 1 ? kept[0] : kept;
};

/** The page's filter narrowed to one figure's part of it: a cell's channel within the channel the page is filtered by. */
export const narrowFilter = (base: MaterialFilter, extra: MaterialFilter): MaterialFilter =>
  Object.entries(extra).reduce<MaterialFilter>(
    (filter, [key, value]) => ({ ...filter, [key]: key in base ? intersect(base[key], value) : value }),
    { ...base },
  );

/**
 * The materials list (a path for the hash router, react-admin's list URL) showing exactly the materials a figure
 * counts: its filter within the period. A list URL without a page size would reset the one a person chose to the
 * default, so the remembered one is carried along.
 */
export const drillDownPath = (filter: ListFilter, period?: Period, perPage?: number): string => {
  const withPeriod = period ? { ...filter, publishedFrom: period.from, publishedTo: period.to } : filter;
  const size = perPage === undefined ? '' : `&perPage=${perPage}`;
  return `/materials?filter=${encodeURIComponent(JSON.stringify(withPeriod))}${size}`;
};

/** The same as an address of the page, for a plain link (an SVG chart's bar). */
export const drillDownHref = (filter: ListFilter, period?: Period, perPage?: number): string =>
  `#${drillDownPath(filter, period, perPage)}`;
