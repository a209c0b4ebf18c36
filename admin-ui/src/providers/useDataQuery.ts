import { QueryKey, useQuery, UseQueryResult } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { CountRow, RollupQuery } from '../../../contracts/rollups';
import type { OutreachDataProvider } from './dataProvider';

/** A custom read of the dataProvider, cached under its key; nothing is asked while the key is null. */
export const useDataQuery = <T>(
  key: QueryKey | null,
  read: (dataProvider: OutreachDataProvider) => Promise<T>,
  staleTime = 0,
): UseQueryResult<T> => {
  const dataProvider = useDataProvider<OutreachDataProvider>();
  return useQuery({ queryKey: key ?? ['idle'], queryFn: () => read(dataProvider), enabled: key !== null, staleTime });
};

export const groupedRollupKey = (groupBy: string, query: RollupQuery): QueryKey => ['rollups', groupBy, query];
export const nationalRollupKey = (query: RollupQuery): QueryKey => ['rollups', 'national', query];

/** The materials counted per combination of the grouped fields; nothing is asked while the query is null. */
export const useGroupedRollup = (groupBy: string, query: RollupQuery | null, staleTime = 0): UseQueryResult<CountRow[]> =>
  useDataQuery(
    query && groupedRollupKey(groupBy, query),
    (dataProvider) => dataProvider.groupedRollup(groupBy, query ?? { from: '', to: '' }),
    staleTime,
  );
