import { memo } from 'react';
import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router';
import type { MaterialFilter } from '../../../contracts/rollups';
import { narrowFilter } from '../analytics/drillDown';
import { useDrillDown } from '../analytics/useDrillDown';
import type { Period } from '../analytics/period';
import { useNumberFormat } from '../common/useNumberFormat';
import { cellFilter, Column, ComparedRow, RowKey } from './comparison';

const columns: Column[] = ['total', 'tv', 'radio', 'print'];

const changeColor = (change: number | null) => (change === null || change === 0 ? undefined : change > 0 ? 'success.main' : 'error.main');

interface NationalTableProps {
  rows: ComparedRow[];
  /** The dashboard's filter, which every figure of the table is counted under. */
  filter: MaterialFilter;
  period: Period;
  previousPeriod: Period;
  /** Whether the previous period had materials to compare with. */
  compared: boolean;
}

const Rows = ({ rows, filter, period, previousPeriod, compared }: NationalTableProps) => {
  const translate = useTranslate();
  const drillDown = useDrillDown();
  const format = useNumberFormat();
  const linked = (key: RowKey, column: Column, value: number, when: Period) => (
    <Link to={drillDown.path(narrowFilter(filter, cellFilter(key, column)), when)}>{format.count(value)}</Link>
  );
  return (
    <Table size="small" data-testid="national-table">
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.dashboard.category')}</TableCell>
          {columns.map((column) => (
            <TableCell key={column} align="right">
              {translate(column === 'total' ? 'app.dashboard.total' : `app.channel.${column}`)}
            </TableCell>
          ))}
          {compared && (
            <>
              <TableCell align="right">{translate('app.analytics.dashboard.previous')}</TableCell>
              <TableCell align="right">{translate('app.analytics.dashboard.change')}</TableCell>
              <TableCell align="right">{translate('app.analytics.dashboard.change_percent')}</TableCell>
            </>
          )}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(({ key, cells, previous, change, changePercent }) => (
          <TableRow key={key} sx={key === 'all' ? { '& td': { fontWeight: 'bold' } } : undefined}>
            <TableCell>{translate(`app.dashboard.${key}`)}</TableCell>
            {columns.map((column) => (
              <TableCell key={column} align="right" data-testid={`national-${key}-${column}`}>
                {cells[column] === undefined ? '' : linked(key, column, cells[column], period)}
              </TableCell>
            ))}
            {compared && (
              <>
                <TableCell align="right" sx={{ color: 'text.secondary' }} data-testid={`national-${key}-previous`}>
                  {previous === null ? '' : linked(key, 'total', previous, previousPeriod)}
                </TableCell>
                <TableCell align="right" sx={{ color: changeColor(change) }} data-testid={`national-${key}-change`}>
                  {change === null ? '' : format.change(change)}
                </TableCell>
                <TableCell align="right" sx={{ color: changeColor(change) }}>
                  {changePercent === null ? '—' : format.changePercent(changePercent / 100)}
                </TableCell>
              </>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/**
 * The ministry's national table for the period, with the previous period's totals and the change beside it, each
 * figure a link to the materials it counts; drawn again only when its figures change, not on each of the dashboard's
 * other answers.
 */
export const NationalTable = memo(Rows, (before, after) => JSON.stringify(before) === JSON.stringify(after));
