import { useDataQuery, useGroupedRollup } from '../providers/useDataQuery';
import { buildCoverage, audienceIds } from './coverageData';
import { activeIn, materialFilter } from './filters';
import { AnalyticsView } from './useAnalyticsFilters';
import { useReferenceNames } from './useReferenceNames';

/** Regions × priorities for the filters in the URL, counted by the rollups under every filter. */
export const useCoverage = (view: AnalyticsView) => {
  const { period, filters, ready } = view;
  const filter = materialFilter(filters);
  const rollup = ready ? { ...period, filter } : null;
  const meta = useDataQuery(ready ? ['rollups', 'coverage', period, filters.regionId] : null, (dataProvider) =>
    dataProvider.coverage({ ...period, regionId: filters.regionId }),
  );
  const byLanguage = useGroupedRollup('regionId,language', rollup);
  const byAudience = useGroupedRollup('regionId,targetAudienceId', rollup);
  const byChannel = useGroupedRollup('regionId,channel', rollup);
  const byProject = useGroupedRollup('regionId,specialProjectId', rollup);
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
