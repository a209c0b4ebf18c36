import { useQuery } from '@tanstack/react-query';
import { fetchOverview } from './planApi';

export const overviewKey = (year: number) => ['media-plans', 'overview', year] as const;

export const useOverview = (year: number | undefined) =>
  useQuery({
    queryKey: overviewKey(year ?? 0),
    queryFn: () => fetchOverview(year ?? 0),
    enabled: Boolean(year),
  });

/** Submitter's and approver's names: the overview carries them for every reader, the users list only for admins. */
export const usePlanPeople = (planId: number, year: number) => {
  const { data } = useOverview(year);
  return data?.find((row) => row.planId === planId);
};
