import { useDataQuery } from '../providers/useDataQuery';

export const overviewKey = (year: number) => ['media-plans', 'overview', year] as const;

export const useOverview = (year: number | undefined) =>
  useDataQuery(year ? overviewKey(year) : null, (dataProvider) => dataProvider.plansOverview(year ?? 0));

/** Submitter's and approver's names: the overview carries them for every reader, the users list only for admins. */
export const usePlanPeople = (planId: number, year: number | undefined) => {
  const { data } = useOverview(year);
  return data?.find((row) => row.planId === planId);
};
