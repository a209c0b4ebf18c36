import { TablePaginationProps } from '@mui/material';
import { Pagination, PaginationProps, useListContext, useTranslate } from 'react-admin';
import { useNumberFormat } from './useNumberFormat';

/** React-admin's pagination, saying "about" when the total is the server's estimate of a large list. */
export const ListPagination = () => {
  const { meta } = useListContext();
  const translate = useTranslate();
  const format = useNumberFormat();
  if (meta?.totalEstimated !== true) return <Pagination />;
  const labelDisplayedRows: TablePaginationProps['labelDisplayedRows'] = ({ from, to, count }) =>
    translate('app.list.estimatedRange', { from, to, count: format.count(count) });
  // Pagination hands the rest of its props to MUI's TablePagination, whose label this replaces; its own type omits it.
  const props: PaginationProps & Pick<TablePaginationProps, 'labelDisplayedRows'> = { labelDisplayedRows };
  return <Pagination {...props} />;
};
