import { Box, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useNumberFormat } from '../common/useNumberFormat';

interface ListedTableProps<T> {
  title: string;
  rows: T[];
  /** The full count, which may exceed the listed rows (the server lists the first 1000). */
  total: number;
  columns: (keyof T & string)[];
  testId: string;
}

/** A titled table of a dry run's problems or duplicates, by the row of the spreadsheet. */
export const ListedTable = <T extends { row: number }>({ title, rows, total, columns, testId }: ListedTableProps<T>) => {
  const translate = useTranslate();
  const { count } = useNumberFormat();
  if (rows.length === 0) return null;
  return (
    <Box sx={{ mt: 2 }}>
      <Typography variant="subtitle1">{title}</Typography>
      {total > rows.length && (
        <Typography variant="body2" color="text.secondary">
          {translate('app.imports.result.listed', { listed: count(rows.length), total: count(total) })}
        </Typography>
      )}
      <TableContainer role="region" aria-label={title} tabIndex={0} sx={{ maxHeight: 480 }}>
        <Table size="small" stickyHeader data-testid={testId}>
          <TableHead>
            <TableRow>
              {columns.map((column) => (
                <TableCell key={column}>{translate(`app.imports.columns.${column}`)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row, i) => (
              <TableRow key={i}>
                {columns.map((column) => (
                  <TableCell key={column} className={`column-${column}`}>
                    {String(row[column])}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
};
