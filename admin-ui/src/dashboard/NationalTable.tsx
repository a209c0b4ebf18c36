import { memo } from 'react';
import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useNumberFormat } from '../common/useNumberFormat';
import { Column, ComparedRow } from './comparison';

const columns: Column[] = ['total', 'tv', 'radio', 'print'];

const changeColor = (change: number | null) => (change === null || change === 0 ? undefined : change > 0 ? 'success.main' : 'error.main');

const Rows = ({ rows }: { rows: ComparedRow[] }) => {
  const translate = useTranslate();
  const format = useNumberFormat();
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
          <TableCell align="right">{translate('app.analytics.dashboard.previous')}</TableCell>
          <TableCell align="right">{translate('app.analytics.dashboard.change')}</TableCell>
          <TableCell align="right">{translate('app.analytics.dashboard.change_percent')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(({ key, cells, previous, change, changePercent }) => (
          <TableRow key={key} sx={key === 'all' ? { '& td': { fontWeight: 'bold' } } : undefined}>
            <TableCell>{translate(`app.dashboard.${key}`)}</TableCell>
            {columns.map((column) => (
              <TableCell key={column} align="right" data-testid={`national-${key}-${column}`}>
                {cells[column] === undefined ? '' : format.count(cells[column])}
              </TableCell>
            ))}
            <TableCell align="right" sx={{ color: 'text.secondary' }} data-testid={`national-${key}-previous`}>
              {previous === null ? '' : format.count(previous)}
            </TableCell>
            <TableCell align="right" sx={{ color: changeColor(change) }} data-testid={`national-${key}-change`}>
              {change === null ? '' : format.change(change)}
            </TableCell>
            <TableCell align="right" sx={{ color: changeColor(change) }}>
              {changePercent === null ? '—' : format.changePercent(changePercent / 100)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/**
 * The ministry's national table for the period, with the previous period's totals and the change beside it; drawn
 * again only when its figures change, not on each of the dashboard's other answers.
 */
export const NationalTable = memo(Rows, (before, after) => JSON.stringify(before.rows) === JSON.stringify(after.rows));
