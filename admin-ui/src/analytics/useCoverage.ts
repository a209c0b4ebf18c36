import { CountRow } from '../dashboard/chartData';
import { buildCoverage, audienceIds, Benchmark } from './coverageData';
import { activeIn, groupedRollupPath, materialFilter } from './filters';
import { AnalyticsView } from './useAnalyticsFilters';
import { useApiQuery } from './useApiQuery';
import { useReferenceNames } from './useReferenceNames';

interface CoverageMeta {
  benchmark: Benchmark;
  newSpecialProjectIds: number[];
}

/** Regions × priorities for the filters in the URL, counted by the rollups under every filter. */
export const useCoverage = (view: AnalyticsView) => {
  const { period, filters, ready } = view;
  const filter = materialFilter(filters);
  const when = (path: string) => (ready ? path : null);
  const regionParam = filters.regionId === undefined ? '' : `&regionId=${filters.regionId}`;
  const meta = useApiQuery<CoverageMeta>(when(`/rollups/coverage?from=${period.from}&to=${period.to}${regionParam}`));
  const byLanguage = useApiQuery<CountRow[]>(when(groupedRollupPath('regionId,language', period, filter)));
  const byAudience = useApiQuery<CountRow[]>(when(groupedRollupPath('regionId,targetAudienceId', period, filter)));
  const byChannel = useApiQuery<CountRow[]>(when(groupedRollupPath('regionId,channel', period, filter)));
  const byProject = useApiQuery<CountRow[]>(when(groupedRollupPath('regionId,specialProjectId', period, filter)));
  const regions = useReferenceNames('regions');
  const audiences = useReferenceNames('target-audiences');
  const queries = [meta, byLanguage, byAudience, byChannel, byProject];
  const error = queries.find((query) => query.error)?.error ?? null;
  const loaded = meta.data && byLanguage.data && byAudience.data && byChannel.data && byProject.data && regions.records.length > 0;
  if (!loaded) return { error, regions, coverage: null };
  const ids = { ...audienceIds(audiences.records), newProjects: meta.data.newSpecialProjectIds };
  const shown = activeIn(regions.records, period)
    .map((region) => region.id)
    .filter((id) => (filters.regionId === undefined ? true : id === filters.regionId));
  const input = { byLanguage: byLanguage.data, byAudience: byAudience.data, byChannel: byChannel.data, byProject: byProject.data };
  return { error, regions, coverage: { ...buildCoverage(input, ids, meta.data.benchmark, shown), ids, benchmark: meta.data.benchmark } };
};
