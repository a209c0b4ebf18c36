import { Box, Checkbox, LinearProgress, Table, Typography, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { useNumberFormat } from '../common/useNumberFormat';
import { sayProblem } from '../providers/apiErrors';
import { percent } from './executionData';
import { RegionLabel } from './RegionLabel';
import { StatusChip } from './StatusBadge';
import type { BulkResult, OverviewRow } from '../../../contracts/media-plans';
import { useDateFormat } from '../common/useDateFormat';

interface OverviewTableProps {
  rows: OverviewRow[];
  selectable: number[] | null;
  selected: number[];
  results: Map<number, BulkResult>;
  onSelect: (ids: number[]) => void;
}

const columns = ['region', 'title', 'status', 'submitted', 'approved', 'items', 'progress', 'reopens'];

const Progress = ({ row }: { row: OverviewRow }) => {
  const translate = useTranslate();
  const format = useNumberFormat();
  const text = translate('app.plans.overview.progress', {
    fulfilled: format.count(row.fulfilled),
    planned: format.count(row.planned),
    share: format.percent(row.share),
  });
  return (
    <>
      {text}
      <LinearProgress variant="determinate" value={Math.min(100, percent(row.share))} aria-label={text} />
    </>
  );
};

export const OverviewTable = ({ rows, selectable, selected, results, onSelect }: OverviewTableProps) => {
  const translate = useTranslate();
  const format = useDateFormat().dateTime;
  const toggle = (id: number) => onSelect(selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id]);
  const all = selectable !== null && selectable.length > 0 && selectable.every((id) => selected.includes(id));
  const stamp = (who: string | null, when: string | null) =>
    when ? (
      <>
        {who}
        <Typography variant="caption" color="text.secondary" component="div">
          {format(when)}
        </Typography>
      </>
    ) : (
      '—'
    );
  return (
    // Zero width with a full minimum keeps a wide table from stretching the page; it scrolls instead.
    <Box sx={{ overflowX: 'auto', width: 0, minWidth: '100%' }}>
      <Table size="small" data-testid="overview-table">
        <TableHead>
          <TableRow>
            {selectable !== null && (
              <TableCell padding="checkbox">
                <Checkbox
                  checked={all}
                  disabled={selectable.length === 0}
                  onChange={() => onSelect(all ? [] : selectable)}
                  slotProps={{ input: { 'aria-label': translate('app.plans.overview.select_all') } }}
                />
              </TableCell>
            )}
            {columns.map((column) => (
              <TableCell key={column}>{translate(`app.plans.overview.columns.${column}`)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => {
            const result = row.planId ? results.get(row.planId) : undefined;
            return (
              <TableRow key={row.regionId ?? 'republican'} data-testid="overview-row" data-plan-id={row.planId ?? ''}>
                {selectable !== null && (
                  <TableCell padding="checkbox">
                    {row.planId !== null && selectable.includes(row.planId) && (
                      <Checkbox
                        checked={selected.includes(row.planId)}
                        onChange={() => row.planId && toggle(row.planId)}
                        slotProps={{ input: { 'aria-labelledby': `overview-region-${row.regionId ?? 'republican'}` } }}
                      />
                    )}
                  </TableCell>
                )}
                <TableCell id={`overview-region-${row.regionId ?? 'republican'}`}>
                  <RegionLabel regionId={row.regionId} />
                </TableCell>
                <TableCell sx={{ minWidth: 200 }}>
                  {row.planId ? <Link to={`/media-plans/${row.planId}/show`}>{row.title}</Link> : '—'}
                </TableCell>
                <TableCell>
                  <StatusChip status={row.status} />
                  {result && !result.ok && (
                    <Typography variant="caption" color="error" component="div" data-testid="bulk-row-error">
                      {sayProblem(translate, result)}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>{stamp(row.submittedBy, row.submittedAt)}</TableCell>
                <TableCell>{stamp(row.approvedBy, row.approvedAt)}</TableCell>
                <TableCell align="right">{row.items}</TableCell>
                <TableCell sx={{ minWidth: 140 }} data-testid="overview-progress">
                  {row.planned ? <Progress row={row} /> : '—'}
                </TableCell>
                <TableCell align="right">
                  {row.reopenCount
                    ? translate('app.plans.overview.reopens', { n: row.reopenCount, changes: row.changesAfterApproval })
                    : '0'}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
};
