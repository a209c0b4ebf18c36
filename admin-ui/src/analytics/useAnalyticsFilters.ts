import { useCallback, useEffect, useMemo } from 'react';
import { useGetIdentity, useStore } from 'react-admin';
import { useSearchParams } from 'react-router';
import type { ActorScope } from '../common/actorScope';
import { FIRST_SCREEN_STALE_MS, YEARS_KEY } from '../providers/firstScreen';
import { useDataQuery } from '../providers/useDataQuery';
import { latestYear, Period } from './period';
import { AnalyticsFilters, FilterKey, filtersSearch, parseFilters, periodOfFilters, withFilter } from './filters';

export interface AnalyticsView {
  filters: AnalyticsFilters;
  year: number;
  years: number[];
  period: Period;
  role: string | undefined;
  /** The RPO editor's own region: the server answers only for it, so the region filter is fixed. */
  ownRegionId: number | null;
  ready: boolean;
  setFilter: (key: FilterKey, value: string | number | undefined) => void;
  setFilters: (changes: Partial<Record<FilterKey, string | number | undefined>>) => void;
  reset: () => void;
}

const SHARED_SEARCH_KEY = 'analytics.search';

/**
 * The filters the analytics pages last showed, as a URL's search part: the menu opens each of them with it. Kept in
 * react-admin's store, which sign-out resets.
 */
export const useSharedFiltersSearch = () => useStore(SHARED_SEARCH_KEY, '');

/** The analytics filters kept in the URL's search params, so that a view can be shared by link. */
export const useAnalyticsFilters = (): AnalyticsView => {
  const [params, setParams] = useSearchParams();
  const [, share] = useSharedFiltersSearch();
  const search = filtersSearch(params);
  useEffect(() => share(search), [share, search]);
  const identity = useGetIdentity();
  const user: ActorScope | undefined = identity.data;
  const yearRows = useDataQuery(YEARS_KEY, (dataProvider) => dataProvider.rollupYears(), FIRST_SCREEN_STALE_MS);
  const setFilters = useCallback(
    (changes: Partial<Record<FilterKey, string | number | undefined>>) =>
      setParams((current) => Object.entries(changes).reduce((next, [key, value]) => withFilter(next, key as FilterKey, value), current)),
    [setParams],
  );
  const setFilter = useCallback((key: FilterKey, value: string | number | undefined) => setFilters({ [key]: value }), [setFilters]);
  const reset = useCallback(() => setParams(new URLSearchParams()), [setParams]);

  const role = user?.role;
  const ownRegionId = role === 'rpo_editor' ? (user?.regionId ?? null) : null;
  const ready = !yearRows.isPending && !identity.isPending;
  // One view for as long as the URL's filters, the years and the person are the same: the dashboard renders again as
  // each of its figures answers, and the filter bar (memoised) then need not.
  return useMemo(() => {
    const parsed = parseFilters(new URLSearchParams(search));
    const filters = ownRegionId === null ? parsed : { ...parsed, regionId: ownRegionId };
    const year = filters.year ?? latestYear(yearRows.data, new Date().getFullYear());
    const years = [...new Set([year, ...(yearRows.data ?? []).map((row) => row.year)])].sort((a, b) => b - a);
    return { filters, year, years, period: periodOfFilters(filters, year), role, ownRegionId, ready, setFilter, setFilters, reset };
  }, [search, yearRows.data, role, ownRegionId, ready, setFilter, setFilters, reset]);
};
