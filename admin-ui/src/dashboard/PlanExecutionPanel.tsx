import { memo } from 'react';
import { Alert, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { Link } from 'react-router';
import type { MediaPlan } from '../../../contracts/media-plans';
import { useDrillDown } from '../analytics/useDrillDown';
import { TableScroll } from '../common/TableScroll';
import { useDateFormat } from '../common/useDateFormat';
import { useNumberFormat } from '../common/useNumberFormat';
import { useDataQuery } from '../providers/useDataQuery';
import { ChartCard } from './ChartCard';
import { PlanQuartersChart } from './charts';
import { behindItems, quarterBars } from './planExecution';

const Panel = ({ regionId, year }: { regionId: number; year: number }) => {
  const translate = useTranslate();
  const drillDown = useDrillDown();
  const dates = useDateFormat();
  const format = useNumberFormat();
  const plans = useGetList<MediaPlan>('media-plans', {
    filter: { regionId, year },
    pagination: { page: 1, perPage: 1 },
  });
  const plan = plans.data?.[0];
  const execution = useDataQuery(plan ? ['media-plans', plan.id, 'execution'] : null, (dataProvider) =>
    dataProvider.planExecution(plan?.id ?? 0),
  );
  const title = translate('app.analytics.plan.title', { year });
  if (plans.isPending || (plan && execution.isPending))
    return (
      <ChartCard title={title} testId="plan-execution">
        <LinearProgress />
      </ChartCard>
    );
  if (!plan) {
    return (
      <ChartCard title={title} testId="plan-execution">
        <Alert severity="info">{translate('app.analytics.plan.none')}</Alert>
      </ChartCard>
    );
  }
  if (!execution.data) {
    return (
      <ChartCard title={title} testId="plan-execution">
        <Alert severity="error">{translate('app.dashboard.error')}</Alert>
      </ChartCard>
    );
  }
  const { totals, asOf } = execution.data;
  const behind = behindItems(execution.data);
  const behindTitle = translate('app.analytics.plan.behind', { smart_count: behind.length });
  return (
    <ChartCard title={title} testId="plan-execution">
      <Stack spacing={1}>
        <Typography variant="body2">
          <Link to={`/media-plans/${plan.id}/show`}>{plan.title}</Link>
        </Typography>
        <Typography data-testid="plan-execution-summary">
          {translate('app.analytics.plan.summary', {
            planned: format.count(totals.planned),
            fulfilled: format.count(totals.fulfilled),
            share: format.percent(totals.share),
            asOf: dates.date(asOf),
          })}
        </Typography>
        <PlanQuartersChart data={quarterBars(execution.data)} />
        <Typography variant="subtitle2">{behindTitle}</Typography>
        {behind.length > 0 && (
          <TableScroll label={behindTitle}>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('app.analytics.plan.topic')}</TableCell>
                  <TableCell>{translate('app.analytics.plan.due')}</TableCell>
                  <TableCell align="right">{translate('app.analytics.plan.planned')}</TableCell>
                  <TableCell align="right">{translate('app.analytics.plan.fulfilled')}</TableCell>
                  <TableCell align="right">{translate('app.analytics.plan.missing')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {behind.map((row) => (
                  <TableRow key={row.id}>
                    <TableCell>{row.topic}</TableCell>
                    <TableCell>{dates.date(row.dueOn)}</TableCell>
                    <TableCell align="right">{format.count(row.planned)}</TableCell>
                    <TableCell align="right">
                      {/* Behind its plan, an item's fulfilled materials are all it has linked. */}
                      <Link to={drillDown.path({ mediaPlanItemId: row.id })} data-testid={`plan-behind-${row.id}`}>
                        {format.count(row.fulfilled)}
                      </Link>
                    </TableCell>
                    <TableCell align="right" sx={{ color: 'error.main' }}>
                      {format.count(row.missing)}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableScroll>
        )}
      </Stack>
    </ChartCard>
  );
};

/** The region's media plan of the year: planned against fulfilled, and the items behind; it asks for its own figures. */
export const PlanExecutionPanel = memo(Panel);
