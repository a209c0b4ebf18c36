import { TablePaginationProps } from '@mui/material';
import { Pagination, PaginationProps, useListContext, useTranslate } from 'react-admin';
import { useNumberFormat } from './useNumberFormat';

const ROWS_PER_PAGE = [10, 25, 50, 100];

/** React-admin's pagination, saying "about" when the total is the server's estimate of a large list. */
export const ListPagination = () => {
  const { meta } = useListContext();
  const translate = useTranslate();
  const format = useNumberFormat();
  if (meta?.totalEstimated !== true) return <Pagination rowsPerPageOptions={ROWS_PER_PAGE} />;
  const labelDisplayedRows: TablePaginationProps['labelDisplayedRows'] = ({ from, to, count }) =>
    translate('app.list.estimatedRange', { from, to, count: format.count(count) });
  // Pagination hands the rest of its props to MUI's TablePagination, whose label this replaces; its own type omits it.
  const props: PaginationProps & Pick<TablePaginationProps, 'labelDisplayedRows'> = {
    labelDisplayedRows,
    rowsPerPageOptions: ROWS_PER_PAGE,
  };
  return <Pagination {...props} />;
};

/**
 * What every list starts with: 25 rows and this pagination. A person's own choice of rows is kept by react-admin's
 * store per list, and forgotten at sign-out, when the store is reset.
 */
export const LIST_DEFAULTS = { perPage: 25, pagination: <ListPagination /> };
