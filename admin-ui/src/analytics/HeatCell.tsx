import { TableCell } from '@mui/material';
import { Link } from 'react-router';
import { useNumberFormat } from '../common/useNumberFormat';
import { CoverageCell, CoverageLevel } from './coverageData';

export const LEVEL_COLORS: Record<CoverageLevel, string> = {
  none: '#eeeeee',
  low: '#ef9a9a',
  below: '#ffcc80',
  near: '#fff59d',
  high: '#a5d6a7',
};

/** A coloured cell with its share and count; clicking it opens the materials it counts. */
export const HeatCell = ({ cell, to, testId }: { cell: CoverageCell; to: string; testId: string }) => {
  const format = useNumberFormat();
  return (
    <TableCell
      align="center"
      sx={{ backgroundColor: LEVEL_COLORS[cell.level], p: 0, border: '1px solid #fff' }}
      data-testid={testId}
      data-level={cell.level}
    >
      <Link to={to} style={{ display: 'block', padding: '6px 8px', color: 'inherit', textDecoration: 'none' }}>
        <strong>{format.percent(cell.share)}</strong>
        <br />
        <small>{format.count(cell.count)}</small>
      </Link>
    </TableCell>
  );
};
