import { useState } from 'react';
import DescriptionIcon from '@mui/icons-material/Description';
import { Button } from '@mui/material';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { OutreachDataProvider } from '../providers/dataProvider';
import type { NoteRequest } from '../../../contracts/reports';

/** Downloads the ministry's written note (.docx) for a year or a quarter, a region or the whole country. */
export const NoteButton = ({ request, variant = 'outlined' }: { request: NoteRequest; variant?: 'outlined' | 'contained' }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<OutreachDataProvider>();
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    try {
      await dataProvider.downloadNote(request);
    } catch {
      notify('app.reports.note_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button
      variant={variant}
      startIcon={<DescriptionIcon />}
      onClick={download}
      disabled={busy}
      title={translate('app.reports.note_hint')}
      data-testid="note-download"
    >
      {translate(busy ? 'app.reports.preparing' : 'app.reports.note')}
    </Button>
  );
};
