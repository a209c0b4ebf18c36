import AttachFileIcon from '@mui/icons-material/AttachFile';
import { Box } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** A paper clip and the number of a material's evidence files, nothing when it has none. */
export const EvidenceMarker = () => {
  const translate = useTranslate();
  const count = useRecordContext<{ id: number; evidenceCount?: number }>()?.evidenceCount ?? 0;
  if (count === 0) return null;
  const label = translate('app.evidence.count', { count });
  return (
    <Box
      component="span"
      role="img"
      aria-label={label}
      title={label}
      data-testid="evidence-count"
      sx={{ display: 'inline-flex', alignItems: 'center', color: 'text.secondary', whiteSpace: 'nowrap' }}
    >
      <AttachFileIcon fontSize="small" aria-hidden />
      {count}
    </Box>
  );
};

/** The evidence column's header: the paper clip alone, named for screen readers and on hover, to keep the list narrow. */
export const EvidenceHeader = () => {
  const translate = useTranslate();
  const label = translate('app.evidence.title');
  return (
    <Box component="span" role="img" aria-label={label} title={label} sx={{ display: 'inline-flex', verticalAlign: 'middle' }}>
      <AttachFileIcon fontSize="small" aria-hidden />
    </Box>
  );
};
