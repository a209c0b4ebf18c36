import { Fragment, useState } from 'react';
import {
  Alert,
  Card,
  CardContent,
  CardHeader,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { useAnalyticsFilters } from '../analytics/useAnalyticsFilters';
import { YearFilter } from '../analytics/YearFilter';
import { useDataQuery } from '../providers/useDataQuery';
import { useReferenceNames } from '../analytics/useReferenceNames';
import { CommentDialog } from '../common/CommentDialog';
import { usePhone } from '../common/usePhone';
import { QuarterCell } from './QuarterCell';
import { QUARTER_STATUSES, QuarterRow } from '../../../contracts/quarters';
import { quarterGrid, statusCounts, stepsFor } from './quarterRules';
import { useQuarterStep } from './useQuarterStep';

/** Regions × quarters of a year with their closing status; approvers approve and grant exceptions, offices submit. */
export const QuartersPage = () => {
  const translate = useTranslate();
  const view = useAnalyticsFilters();
  const regions = useReferenceNames('regions');
  const key = ['quarters', view.year];
  const overview = useDataQuery(view.ready ? key : null, (dataProvider) => dataProvider.quartersOverview(view.year));
  const { take, busy } = useQuarterStep(key);
  const [exceptionFor, setExceptionFor] = useState<QuarterRow | null>(null);
  const actor = { role: view.role, regionId: view.ownRegionId };
  const today = new Date().toISOString().slice(0, 10);
  const rows = (overview.data ?? []).filter((row) => view.ownRegionId === null || row.regionId === view.ownRegionId);
  const counts = statusCounts(rows);
  const phone = usePhone();
  const cell = (row: QuarterRow | undefined, index: number) => (
    <QuarterCell
      key={index}
      row={row}
      steps={row ? stepsFor(row, actor, today) : []}
      busy={busy}
      onStep={(target, step) => (step === 'exception' ? setExceptionFor(target) : take(target, step))}
    />
  );
  const quarterName = (index: number) => translate('app.dashboard.quarter_n', { n: index + 1 });

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('app.quarters.title')} />
      <CardHeader
        title={translate('app.quarters.title')}
        subheader={translate(view.ownRegionId === null ? 'app.quarters.subtitle' : 'app.quarters.subtitle_office')}
      />
      <CardContent>
        <Stack direction="row" useFlexGap spacing={2} sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <YearFilter view={view} years={[...new Set([...view.years, new Date().getFullYear()])].sort((a, b) => b - a)} />
          <Typography variant="body2" color="text.secondary" data-testid="quarters-summary">
            {QUARTER_STATUSES.map((status) => `${translate(`app.quarterStatus.${status}`)}: ${counts[status]}`).join(' · ')}
          </Typography>
        </Stack>
        {overview.error && <Alert severity="error">{translate('app.dashboard.error')}</Alert>}
        {overview.isPending && !overview.error && <LinearProgress />}
        {overview.data && phone && (
          // On a phone each region's quarters go down the page, one a row, instead of four narrow columns.
          <Table size="small" data-testid="quarters-table">
            <TableBody>
              {quarterGrid(rows).map((line) => (
                <Fragment key={line.regionId}>
                  <TableRow>
                    <TableCell component="th" scope="rowgroup" colSpan={2} sx={{ fontWeight: 500 }}>
                      {regions.nameOf(line.regionId)}
                    </TableCell>
                  </TableRow>
                  {line.quarters.map((row, index) => (
                    <TableRow key={index}>
                      <TableCell component="th" scope="row" sx={{ verticalAlign: 'top', width: '35%' }}>
                        {quarterName(index)}
                      </TableCell>
                      {cell(row, index)}
                    </TableRow>
                  ))}
                </Fragment>
              ))}
            </TableBody>
          </Table>
        )}
        {overview.data && !phone && (
          <Table size="small" data-testid="quarters-table" sx={{ tableLayout: 'fixed' }}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: '20%' }}>{translate('resources.materials.fields.regionId')}</TableCell>
                {[0, 1, 2, 3].map((index) => (
                  <TableCell key={index}>{quarterName(index)}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {quarterGrid(rows).map((line) => (
                <TableRow key={line.regionId}>
                  <TableCell sx={{ verticalAlign: 'top' }}>{regions.nameOf(line.regionId)}</TableCell>
                  {line.quarters.map(cell)}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {exceptionFor && (
          <CommentDialog
            kind="quarter"
            open
            confirmLabel={translate('app.quarterStep.exception')}
            title={translate('app.quarters.exception_title', {
              quarter: exceptionFor.quarter,
              year: exceptionFor.year,
              region: regions.nameOf(exceptionFor.regionId),
            })}
            onClose={() => setExceptionFor(null)}
            onConfirm={(comment) => {
              setExceptionFor(null);
              void take(exceptionFor, 'exception', comment);
            }}
          />
        )}
      </CardContent>
    </Card>
  );
};
