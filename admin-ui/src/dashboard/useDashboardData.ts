import { groupedRollupPath, materialFilter, monthsOf, nationalRollupPath, previousPeriod } from '../analytics/filters';
import { AnalyticsView } from '../analytics/useAnalyticsFilters';
import { useApiQuery } from '../analytics/useApiQuery';
import { CountRow } from './chartData';
import type { NationalRollup } from '../../../contracts/rollups';

/** Every figure of the dashboard for the filters in the URL. */
export const useDashboardData = (view: AnalyticsView) => {
  const { filters, period, ready } = view;
  const filter = materialFilter(filters);
  const when = (path: string, wanted = true) => (ready && wanted ? path : null);
  const ranksRegions = view.ownRegionId === null;
  const national = useApiQuery<NationalRollup>(when(nationalRollupPath(period, filter)));
  const previous = useApiQuery<NationalRollup>(when(nationalRollupPath(previousPeriod(period), filter)));
  const trend = useApiQuery<CountRow[]>(when(groupedRollupPath('month,channel', period, filter)));
  // Regions are ranked against each other, so the chosen region is highlighted rather than filtered.
  const regions = useApiQuery<CountRow[]>(
    when(groupedRollupPath('regionId', period, materialFilter(filters, { withRegion: false })), ranksRegions),
  );
  const projects = useApiQuery<CountRow[]>(when(groupedRollupPath('specialProjectId', period, filter)));
  const languages = useApiQuery<CountRow[]>(when(groupedRollupPath('language', period, filter)));
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
