import { useState } from 'react';
import { QueryKey, useQueryClient } from '@tanstack/react-query';
import { HttpError, useDataProvider, useNotify } from 'react-admin';
import type { OutreachDataProvider } from '../providers/dataProvider';
import type { QuarterRow, QuarterStep } from '../../../contracts/quarters';

/** Takes a closing step, tells the user how it went and reloads the overview. */
export const useQuarterStep = (overviewKey: QueryKey) => {
  const dataProvider = useDataProvider<OutreachDataProvider>();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const take = async (row: QuarterRow, step: QuarterStep, comment?: string) => {
    setBusy(true);
    try {
      await dataProvider.quarterStep(step, { regionId: row.regionId, year: row.year, quarter: row.quarter, comment });
      notify(`app.quarters.done.${step}`, { type: 'success' });
    } catch (error) {
      const status = error instanceof HttpError ? error.status : 0;
      notify(status === 409 ? 'app.quarters.conflict' : status === 403 ? 'app.errors.forbidden' : 'app.quarters.failed', { type: 'error' });
    } finally {
      setBusy(false);
      await queryClient.invalidateQueries({ queryKey: overviewKey });
    }
  };
  return { take, busy };
};
