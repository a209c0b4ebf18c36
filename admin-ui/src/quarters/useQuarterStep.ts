import { useState } from 'react';
import { QueryKey, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify } from 'react-admin';
import { useMutationErrorNotifier } from '../common/useMutationErrorNotifier';
import type { OutreachDataProvider } from '../providers/dataProvider';
import type { QuarterRow, QuarterStep } from '../../../contracts/quarters';

const QUARTER_KEYS: Record<number, string> = { 403: 'app.errors.forbidden', 409: 'app.quarters.conflict' };

/** Takes a closing step, tells the user how it went and reloads the overview. */
export const useQuarterStep = (overviewKey: QueryKey) => {
  const dataProvider = useDataProvider<OutreachDataProvider>();
  const notify = useNotify();
  const notifyError = useMutationErrorNotifier(QUARTER_KEYS, 'app.quarters.failed');
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const take = async (row: QuarterRow, step: QuarterStep, comment?: string) => {
    setBusy(true);
    try {
      await dataProvider.quarterStep(step, { regionId: row.regionId, year: row.year, quarter: row.quarter, comment });
      notify(`app.quarters.done.${step}`, { type: 'success' });
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
      await queryClient.invalidateQueries({ queryKey: overviewKey });
    }
  };
  return { take, busy };
};
