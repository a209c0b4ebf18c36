import { useEffect, useState } from 'react';
import DeleteIcon from '@mui/icons-material/Delete';
import DownloadIcon from '@mui/icons-material/Download';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import { Box, Card, CardActions, IconButton, Stack, Typography } from '@mui/material';
import { useDataProvider, useTranslate } from 'react-admin';
import type { Evidence } from '../../../contracts/evidence';
import { useDateFormat } from '../common/useDateFormat';
import { useNumberFormat } from '../common/useNumberFormat';
import type { OutreachDataProvider } from '../providers/dataProvider';
import { sizeUnits } from './evidenceChecks';

/** An image's bytes fetched with the session's token as an object URL, revoked when the thumbnail goes. */
const useObjectUrl = (id: number) => {
  const dataProvider = useDataProvider<OutreachDataProvider>();
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let made: string | null = null;
    let gone = false;
    dataProvider.evidenceBlob(id).then(
      (blob) => {
        if (gone) return;
        made = URL.createObjectURL(blob);
        setUrl(made);
      },
      () => !gone && setFailed(true),
    );
    return () => {
      gone = true;
      if (made) URL.revokeObjectURL(made);
    };
  }, [dataProvider, id]);
  return { url, failed };
};

const THUMB = {
  height: { xs: 110, sm: 140 },
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'center',
  bgcolor: 'grey.100',
} as const;

const ImageThumb = ({ evidence }: { evidence: Evidence }) => {
  const translate = useTranslate();
  const { url, failed } = useObjectUrl(evidence.id);
  return (
    <Box sx={THUMB}>
      {url && (
        <img
          src={url}
          alt={evidence.fileName}
          data-testid="evidence-thumbnail"
          style={{ maxWidth: '100%', maxHeight: '100%', objectFit: 'contain' }}
        />
      )}
      {failed && (
        <Typography variant="caption" color="text.secondary">
          {translate('app.evidence.thumbnail_error')}
        </Typography>
      )}
    </Box>
  );
};

const PdfThumb = () => (
  <Stack sx={THUMB} data-testid="evidence-pdf">
    <PictureAsPdfIcon sx={{ fontSize: 56, color: '#b71c1c' }} aria-hidden />
    <Typography variant="caption">{useTranslate()('app.evidence.pdf')}</Typography>
  </Stack>
);

interface EvidenceItemProps {
  evidence: Evidence;
  editable: boolean;
  onDownload(): void;
  onDelete(): void;
}

/** One file: a thumbnail (a PDF's icon), its name, size and date, and what may be done with it. */
export const EvidenceItem = ({ evidence, editable, onDownload, onDelete }: EvidenceItemProps) => {
  const translate = useTranslate();
  const format = useNumberFormat();
  const dates = useDateFormat();
  const size = sizeUnits(evidence.size);
  const name = evidence.fileName;
  return (
    <Card variant="outlined" component="li" data-testid="evidence-item" sx={{ display: 'flex', flexDirection: 'column' }}>
      {evidence.contentType === 'application/pdf' ? <PdfThumb /> : <ImageThumb evidence={evidence} />}
      <Box sx={{ px: 1.5, pt: 1, minWidth: 0 }}>
        <Typography variant="body2" noWrap title={name} data-testid="evidence-name">
          {name}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {translate(`app.evidence.size_${size.key}`, { size: format.decimal(size.value) })} · {dates.dateTime(evidence.createdAt)}
        </Typography>
      </Box>
      <CardActions sx={{ mt: 'auto', justifyContent: 'flex-end' }}>
        <IconButton
          size="small"
          onClick={onDownload}
          aria-label={translate('app.evidence.download', { name })}
          data-testid="evidence-download"
        >
          <DownloadIcon fontSize="small" />
        </IconButton>
        {editable && (
          <IconButton size="small" onClick={onDelete} aria-label={translate('app.evidence.delete', { name })} data-testid="evidence-delete">
            <DeleteIcon fontSize="small" />
          </IconButton>
        )}
      </CardActions>
    </Card>
  );
};
