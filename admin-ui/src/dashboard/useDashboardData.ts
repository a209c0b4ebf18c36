import { materialFilter, monthsOf, previousPeriod } from '../analytics/filters';
import { AnalyticsView } from '../analytics/useAnalyticsFilters';
import type { RollupQuery } from '../../../contracts/rollups';
import { useDataQuery, useGroupedRollup } from '../providers/useDataQuery';

const useNationalRollup = (query: RollupQuery | null) =>
  useDataQuery(query && ['rollups', 'national', query], (dataProvider) => dataProvider.nationalRollup(query ?? { from: '', to: '' }));

/** Every figure of the dashboard for the filters in the URL. */
export const useDashboardData = (view: AnalyticsView) => {
  const { filters, period, ready } = view;
  const filter = materialFilter(filters);
  const when = (query: RollupQuery, wanted = true) => (ready && wanted ? query : null);
  const ranksRegions = view.ownRegionId === null;
  const national = useNationalRollup(when({ ...period, filter }));
  const previous = useNationalRollup(when({ ...previousPeriod(period), filter }));
  const trend = useGroupedRollup('month,channel', when({ ...period, filter }));
  // Regions are ranked against each other, so the chosen region is highlighted rather than filtered.
  const regions = useGroupedRollup('regionId', when({ ...period, filter: materialFilter(filters, { withRegion: false }) }, ranksRegions));
  const projects = useGroupedRollup('specialProjectId', when({ ...period, filter }));
  const languages = useGroupedRollup('language', when({ ...period, filter }));
  return {
    national,
    previous,
    trend,
    regions: ranksRegions ? regions : undefined,
    projects,
    languages,
    months: monthsOf(period),
    error: national.error ?? trend.error ?? projects.error ?? languages.error ?? regions.error ?? previous.error,
  };
};
