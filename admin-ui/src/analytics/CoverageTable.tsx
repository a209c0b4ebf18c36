import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router';
import { useNumberFormat } from '../common/useNumberFormat';
import { Period } from './period';
import { CoverageRow, Priority, PRIORITIES, PriorityIds, priorityFilter } from './coverageData';
import type { MaterialFilter } from '../../../contracts/rollups';
import { narrowFilter } from './drillDown';
import { useDrillDown } from './useDrillDown';
import { HeatCell } from './HeatCell';

interface CoverageTableProps {
  rows: CoverageRow[];
  all: CoverageRow;
  ids: PriorityIds;
  baseFilter: MaterialFilter;
  period: Period;
  regionName: (id: number | null) => string;
}

export const CoverageTable = ({ rows, all, ids, baseFilter, period, regionName }: CoverageTableProps) => {
  const translate = useTranslate();
  const drillDown = useDrillDown();
  const { count } = useNumberFormat();
  const rowFilter = (row: CoverageRow) => ({ ...baseFilter, ...(row.regionId === null ? {} : { regionId: row.regionId }) });
  const link = (row: CoverageRow, priority: Priority) =>
    drillDown.path(narrowFilter(rowFilter(row), priorityFilter(priority, ids)), period);
  const line = (row: CoverageRow, bold = false) => (
    <TableRow key={row.regionId ?? 'all'} data-testid="heat-row" sx={bold ? { '& td': { fontWeight: 'bold' } } : undefined}>
      <TableCell>{row.regionId === null ? translate('app.analytics.priorities.all_regions') : regionName(row.regionId)}</TableCell>
      <TableCell align="right">
        <Link to={drillDown.path(rowFilter(row), period)} data-testid={`heat-${row.regionId ?? 'all'}-total`}>
          {count(row.total)}
        </Link>
      </TableCell>
      {PRIORITIES.map((priority) => (
        <HeatCell key={priority} cell={row.cells[priority]} to={link(row, priority)} testId={`heat-${row.regionId ?? 'all'}-${priority}`} />
      ))}
    </TableRow>
  );
  return (
    <Table size="small" data-testid="heatmap" sx={{ '& th': { verticalAlign: 'bottom' } }}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.materials.fields.regionId')}</TableCell>
          <TableCell align="right">{translate('app.analytics.dashboard.materials')}</TableCell>
          {PRIORITIES.map((priority) => (
            <TableCell key={priority} align="center" sx={{ maxWidth: 120 }}>
              {translate(`app.analytics.priorities.columns.${priority}`)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => line(row))}
        {rows.length > 1 && line(all, true)}
      </TableBody>
    </Table>
  );
};
