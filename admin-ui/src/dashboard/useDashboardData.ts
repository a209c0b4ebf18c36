import { AnalyticsFilters, materialFilter, monthsOf, previousPeriod } from '../analytics/filters';
import { Period } from '../analytics/period';
import { AnalyticsView } from '../analytics/useAnalyticsFilters';
import type { RollupQuery } from '../../../contracts/rollups';
import { FIRST_SCREEN_STALE_MS } from '../providers/firstScreen';
import { nationalRollupKey, useDataQuery, useGroupedRollup } from '../providers/useDataQuery';

/**
 * The rollups behind the dashboard's table and charts for its filters; `regions` only when regions are ranked (not
 * for an RPO editor). Regions are ranked against each other, so the chosen region is highlighted rather than filtered.
 */
export const dashboardRollups = (filters: AnalyticsFilters, period: Period, ranksRegions: boolean) => {
  const query = { ...period, filter: materialFilter(filters) };
  return {
    national: query,
    previous: { ...previousPeriod(period), filter: query.filter },
    grouped: {
      trend: { groupBy: 'month,channel', query },
      regions: ranksRegions ? { groupBy: 'regionId', query: { ...period, filter: materialFilter(filters, { withRegion: false }) } } : null,
      projects: { groupBy: 'specialProjectId', query },
      languages: { groupBy: 'language', query },
    },
  };
};

/** Fresh for the first screen's while: what the sign-in asked for is shown rather than asked again on mounting. */
const useNationalRollup = (query: RollupQuery | null) =>
  useDataQuery(
    query && nationalRollupKey(query),
    (dataProvider) => dataProvider.nationalRollup(query ?? { from: '', to: '' }),
    FIRST_SCREEN_STALE_MS,
  );

/** Every figure of the dashboard for the filters in the URL. */
export const useDashboardData = (view: AnalyticsView) => {
  const { filters, period, ready } = view;
  const ranksRegions = view.ownRegionId === null;
  const rollups = dashboardRollups(filters, period, ranksRegions);
  const { trend, regions, projects, languages } = rollups.grouped;
  const when = (query: RollupQuery | null) => (ready ? query : null);
  const national = useNationalRollup(when(rollups.national));
  const previous = useNationalRollup(when(rollups.previous));
  const trendRows = useGroupedRollup(trend.groupBy, when(trend.query), FIRST_SCREEN_STALE_MS);
  const regionRows = useGroupedRollup('regionId', when(regions?.query ?? null), FIRST_SCREEN_STALE_MS);
  const projectRows = useGroupedRollup(projects.groupBy, when(projects.query), FIRST_SCREEN_STALE_MS);
  const languageRows = useGroupedRollup(languages.groupBy, when(languages.query), FIRST_SCREEN_STALE_MS);
  return {
    national,
    previous,
    trend: trendRows,
    regions: ranksRegions ? regionRows : undefined,
    projects: projectRows,
    languages: languageRows,
    months: monthsOf(period),
    error: national.error ?? trendRows.error ?? projectRows.error ?? languageRows.error ?? regionRows.error ?? previous.error,
  };
};
