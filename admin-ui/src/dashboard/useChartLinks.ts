import { useMemo } from 'react';
import { narrowFilter } from '../analytics/drillDown';
import { AnalyticsFilters, materialFilter, periodOfMonth } from '../analytics/filters';
import type { Period } from '../analytics/period';
import { AnalyticsView } from '../analytics/useAnalyticsFilters';
import { useDrillDown } from '../analytics/useDrillDown';
import type { LanguageSlice, ProjectBar, RankedRegion, TrendRow } from './chartData';

const chartLinks = (filters: AnalyticsFilters, period: Period, drillDownHref: ReturnType<typeof useDrillDown>['href']) => {
  const filter = materialFilter(filters);
  // The regions chart ranks every region, so its bars narrow the filter without the chosen region.
  const unlessRegion = materialFilter(filters, { withRegion: false });
  return {
    month: (row: TrendRow) => drillDownHref(filter, periodOfMonth(row.month)),
    region: (bar: RankedRegion) => drillDownHref(narrowFilter(unlessRegion, { regionId: bar.regionId }), period),
    project: (bar: ProjectBar) => drillDownHref(narrowFilter(filter, { specialProjectId: bar.id }), period),
    language: (slice: LanguageSlice) => drillDownHref(narrowFilter(filter, { language: slice.language }), period),
  };
};

/**
 * Each chart's bars and slices as links to the materials they count. The view is built anew on every render, so the
 * links are kept while its filters and period read the same: the charts are then not redrawn.
 */
export const useChartLinks = ({ filters, period }: AnalyticsView) => {
  const { href } = useDrillDown();
  const key = JSON.stringify([filters, period]);
  return useMemo(() => chartLinks(filters, period, href), [key, href]);
};
