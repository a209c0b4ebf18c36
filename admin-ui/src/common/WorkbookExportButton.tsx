import { useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import { Button, useDataProvider, useListContext, useLocale, useNotify } from 'react-admin';
import { LOCALES } from '../../../contracts/codes';
import type { ExportedList } from '../../../contracts/reports';
import type { OutreachDataProvider } from '../providers/dataProvider';

/**
 * Downloads the list as the server's workbook, in the user's language and the list's order: every row its filters
 * match (not the page shown), or with `selected` only the selected rows.
 */
export const WorkbookExportButton = ({ list, selected = false }: { list: ExportedList; selected?: boolean }) => {
  const { filterValues, selectedIds, sort, total } = useListContext();
  const dataProvider = useDataProvider<OutreachDataProvider>();
  const locale = useLocale();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      await dataProvider.downloadListExport({
        list,
        filter: filterValues,
        sort: sort.field ? [sort.field, sort.order] : undefined,
        ids: selected ? selectedIds : undefined,
        lang: LOCALES.find((known) => known === locale) ?? 'ru',
      });
    } catch {
      notify('app.list.exportFailed', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      label="ra.action.export"
      onClick={download}
      disabled={busy || total === 0}
      data-testid={`export-${list}${selected ? '-selected' : ''}`}
    >
      <DownloadIcon />
    </Button>
  );
};
