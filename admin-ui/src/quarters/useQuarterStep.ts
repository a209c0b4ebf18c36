import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { HttpError, useNotify } from 'react-admin';
import { takeQuarterStep } from './quartersApi';
import { QuarterRow, QuarterStep } from './quarterRules';

/** Takes a closing step, tells the user how it went and reloads the overview. */
export const useQuarterStep = (overviewPath: string) => {
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const take = async (row: QuarterRow, step: QuarterStep, comment?: string) => {
    setBusy(true);
    try {
      await takeQuarterStep(step, { regionId: row.regionId, year: row.year, quarter: row.quarter, comment });
      notify(`app.quarters.done.${step}`, { type: 'success' });
    } catch (error) {
      const status = error instanceof HttpError ? error.status : 0;
      notify(status === 409 ? 'app.quarters.conflict' : status === 403 ? 'app.errors.forbidden' : 'app.quarters.failed', { type: 'error' });
    } finally {
      setBusy(false);
      await queryClient.invalidateQueries({ queryKey: ['api', overviewPath] });
    }
  };
  return { take, busy };
};
