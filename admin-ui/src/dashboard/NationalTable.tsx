import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { NationalRollup } from './types';

type RowKey = 'republican' | 'regional' | 'internet' | 'social' | 'all';
type Column = 'total' | 'tv' | 'radio' | 'print';

const columns: Column[] = ['total', 'tv', 'radio', 'print'];

const rowsOf = (rollup: NationalRollup): { key: RowKey; cells: Partial<Record<Column, number>> }[] => [
  { key: 'republican', cells: rollup.republican },
  { key: 'regional', cells: rollup.regional },
  { key: 'internet', cells: { total: rollup.internet } },
  { key: 'social', cells: { total: rollup.social } },
  { key: 'all', cells: { total: rollup.total } },
];

export const NationalTable = ({ rollup }: { rollup: NationalRollup }) => {
  const translate = useTranslate();
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
        </TableRow>
      </TableHead>
      <TableBody>
        {rowsOf(rollup).map(({ key, cells }) => (
          <TableRow key={key} sx={key === 'all' ? { '& td': { fontWeight: 'bold' } } : undefined}>
            <TableCell>{translate(`app.dashboard.${key}`)}</TableCell>
            {columns.map((column) => (
              <TableCell key={column} align="right" data-testid={`national-${key}-${column}`}>
                {cells[column] ?? ''}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
