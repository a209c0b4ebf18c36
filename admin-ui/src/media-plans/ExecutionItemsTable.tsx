import WarningIcon from '@mui/icons-material/WarningAmber';
import { Chip, LinearProgress, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { useDateFormat } from '../common/useDateFormat';
import { useNumberFormat } from '../common/useNumberFormat';
import { periodLabel } from '../media-plan-items/periodLabel';
import { percent } from './executionData';
import { useDrillDown } from '../analytics/useDrillDown';
import type { ItemExecution } from '../../../contracts/media-plans';

const headers = ['topic', 'period', 'planned', 'linked', 'share', 'due', 'materials'];

export const ExecutionItemsTable = ({ items }: { items: ItemExecution[] }) => {
  const translate = useTranslate();
  const drillDown = useDrillDown();
  const format = useNumberFormat();
  const dates = useDateFormat();
  // A phone scrolls the table sideways rather than the page (zero width with a full minimum keeps it from stretching it).
  return (
    <TableContainer sx={{ width: 0, minWidth: '100%' }}>
      <Table size="small" data-testid="execution-items">
        <TableHead>
          <TableRow>
            {headers.map((header) => (
              <TableCell key={header}>{translate(`app.plans.execution.columns.${header}`)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((item) => (
            <TableRow
              key={item.id}
              data-testid="execution-item"
              data-behind={item.behind}
              sx={item.behind ? { bgcolor: 'warning.light' } : undefined}
            >
              <TableCell>
                {item.topic}
                {item.behind && (
                  <Chip
                    size="small"
                    color="warning"
                    icon={<WarningIcon />}
                    label={translate('app.plans.execution.behind')}
                    sx={{ ml: 1 }}
                  />
                )}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate(...periodLabel(item))}</TableCell>
              <TableCell align="right">{item.plannedCount}</TableCell>
              <TableCell align="right">
                <Link to={drillDown.path({ mediaPlanItemId: item.id })} data-testid="item-linked">
                  {format.count(item.linked)}
                </Link>
              </TableCell>
              <TableCell sx={{ minWidth: 120 }}>
                {format.percent(item.share)}
                <LinearProgress
                  variant="determinate"
                  value={Math.min(100, percent(item.share))}
                  color={item.behind ? 'warning' : 'primary'}
                  aria-label={format.percent(item.share)}
                />
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{dates.date(item.dueOn)}</TableCell>
              <TableCell>
                <Link to={drillDown.path({ mediaPlanItemId: item.id })} data-testid="item-materials">
                  {translate('app.plans.execution.open_materials', { smart_count: item.linked })}
                </Link>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
