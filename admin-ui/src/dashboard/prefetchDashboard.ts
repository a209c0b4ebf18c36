import { parseFilters, periodOfFilters } from '../analytics/filters';
import { latestYear } from '../analytics/period';
import type { UserAccount } from '../../../contracts/auth';
import { dataProvider } from '../providers/dataProvider';
import { FIRST_SCREEN_STALE_MS, YEARS_KEY } from '../providers/firstScreen';
import { queryClient } from '../providers/queryClient';
import { groupedRollupKey, nationalRollupKey } from '../providers/useDataQuery';
import { dashboardRollups } from './useDashboardData';

/**
 * A sign-in lands on the dashboard with no filters: its figures for that view are asked for as soon as the years are
 * known, so that they answer while the app's layout renders rather than after the dashboard has mounted. Resolves once
 * they are asked, not answered.
 */
export const prefetchDashboard = async (user: Pick<UserAccount, 'role' | 'regionId'>): Promise<void> => {
  const years = await queryClient.fetchQuery({
    queryKey: YEARS_KEY,
    queryFn: () => dataProvider.rollupYears(),
    staleTime: FIRST_SCREEN_STALE_MS,
  });
  const ownRegionId = user.role === 'rpo_editor' ? user.regionId : null;
  const filters = { ...parseFilters(new URLSearchParams()), ...(ownRegionId === null ? {} : { regionId: ownRegionId }) };
  const rollups = dashboardRollups(filters, periodOfFilters(filters, latestYear(years, new Date().getFullYear())), ownRegionId === null);
  const prefetch = (queryKey: readonly unknown[], queryFn: () => Promise<unknown>) =>
    queryClient.prefetchQuery({ queryKey, queryFn, staleTime: FIRST_SCREEN_STALE_MS });
  void Promise.all([
    ...[rollups.national, rollups.previous].map((query) => prefetch(nationalRollupKey(query), () => dataProvider.nationalRollup(query))),
    ...Object.values(rollups.grouped).map(
      (asked) =>
        asked && prefetch(groupedRollupKey(asked.groupBy, asked.query), () => dataProvider.groupedRollup(asked.groupBy, asked.query)),
    ),
  ]);
};
