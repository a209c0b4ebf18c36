import { Alert, LinearProgress, Stack, Typography } from '@mui/material';
import { lazy, Suspense } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { ExecutionItemsTable } from './ExecutionItemsTable';
import { useDateFormat } from '../common/useDateFormat';
import { useNumberFormat } from '../common/useNumberFormat';
import { useDataQuery } from '../providers/useDataQuery';
import type { MediaPlan } from '../../../contracts/media-plans';

const ExecutionChart = lazy(() => import('./ExecutionChart').then((module) => ({ default: module.ExecutionChart })));

/** Plan versus fact: totals, a planned-versus-fulfilled chart per quarter, and every item with its materials. */
export const PlanExecutionView = () => {
  const plan = useRecordContext<MediaPlan>();
  const translate = useTranslate();
  const dates = useDateFormat();
  const format = useNumberFormat();
  const { data, isPending, error } = useDataQuery(plan ? ['media-plans', plan.id, 'execution', plan.version] : null, (dataProvider) =>
    dataProvider.planExecution(plan?.id ?? 0),
  );
  if (isPending) return <LinearProgress />;
  if (error || !data) return <Alert severity="error">{translate('app.plans.execution.error')}</Alert>;
  const { totals } = data;
  return (
    <Stack spacing={2} data-testid="plan-execution">
      <Typography variant="body1" data-testid="execution-totals">
        {translate('app.plans.execution.summary', {
          fulfilled: format.count(totals.fulfilled),
          planned: format.count(totals.planned),
          share: format.percent(totals.share),
          linked: format.count(totals.linked),
          asOf: dates.date(data.asOf),
        })}
      </Typography>
      {totals.behind > 0 && (
        <Alert severity="warning">{translate('app.plans.execution.behind_count', { smart_count: totals.behind })}</Alert>
      )}
      <Suspense fallback={<LinearProgress />}>
        <ExecutionChart quarters={data.quarters} />
      </Suspense>
      <ExecutionItemsTable items={data.items} />
    </Stack>
  );
};
