import { useState } from 'react';
import { Alert, Box, LinearProgress, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { Confirm, HttpError, useDataProvider, useLocaleState, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { EVIDENCE_MAX_FILES, type Evidence } from '../../../contracts/evidence';
import type { OutreachDataProvider } from '../providers/dataProvider';
import { useDataQuery } from '../providers/useDataQuery';
import { AttachZone } from './AttachZone';
import { roomFor } from './evidenceChecks';
import { EvidenceItem } from './EvidenceItem';
import { refusalMessage } from './refusalMessage';
import { MaterialRecord, useEvidenceAccess } from './useEvidenceAccess';
import { evidenceKey, Sending, useEvidenceUpload } from './useEvidenceUpload';

const SendingProgress = ({ one }: { one: Sending }) => {
  const translate = useTranslate();
  const text =
    one.percent === null
      ? translate('app.evidence.checking', { name: one.name })
      : translate('app.evidence.uploading', { name: one.name, percent: one.percent });
  return (
    <Box sx={{ mt: 1 }} data-testid="evidence-progress">
      <Typography variant="body2">{text}</Typography>
      {one.percent === null ? (
        <LinearProgress aria-label={text} />
      ) : (
        <LinearProgress variant="determinate" value={one.percent} aria-label={text} />
      )}
    </Box>
  );
};

/**
 * A material's evidence of publication (scans, screenshots, PDFs): thumbnails, download, and for those who may edit the
 * material while its quarter is open, attaching by drop, file button or camera, and deleting.
 */
// `label` is read by the show layout, which labels its children otherwise.
export const EvidencePanel = (_props: { label?: false }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<OutreachDataProvider>();
  const queryClient = useQueryClient();
  const material = useRecordContext<MaterialRecord>();
  const materialId = material?.id ?? 0;
  const { editable, lockedReason } = useEvidenceAccess(material);
  const list = useDataQuery(material ? evidenceKey(materialId) : null, (provider) => provider.evidenceList(materialId));
  const files = list.data ?? [];
  const upload = useEvidenceUpload(materialId, files.length);
  const [deleting, setDeleting] = useState<Evidence | null>(null);

  const failed = (error: unknown) =>
    notify(error instanceof HttpError ? refusalMessage(translate, error, locale) : translate('app.evidence.network'), { type: 'error' });
  const download = (evidence: Evidence) => dataProvider.downloadEvidence(evidence).catch(failed);
  const remove = async () => {
    if (!deleting) return;
    const { id, fileName } = deleting;
    setDeleting(null);
    try {
      await dataProvider.deleteEvidence(id);
      notify('app.evidence.deleted', { type: 'info', messageArgs: { name: fileName } });
    } catch (error) {
      failed(error);
    } finally {
      await queryClient.invalidateQueries({ queryKey: evidenceKey(materialId) });
    }
  };

  if (!material) return null;
  const room = roomFor(files.length, upload.sending.length);
  return (
    <Box component="section" aria-labelledby="evidence-title" data-testid="evidence-panel" sx={{ width: '100%', my: 1 }}>
      <Typography variant="subtitle1" component="h2" id="evidence-title" sx={{ mt: 1, fontWeight: 500 }}>
        {translate('app.evidence.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('app.evidence.hint')}
      </Typography>
      {lockedReason && (
        <Alert severity="info" sx={{ mb: 1 }} data-testid="evidence-locked">
          {translate('app.evidence.locked', { reason: lockedReason })}
        </Alert>
      )}
      {list.error && <Alert severity="error">{translate('app.evidence.load_error')}</Alert>}
      {list.isPending && material && <LinearProgress aria-label={translate('app.evidence.title')} />}
      {list.isSuccess && files.length === 0 && (
        <Typography variant="body2" data-testid="evidence-empty">
          {translate('app.evidence.empty')}
        </Typography>
      )}
      {files.length > 0 && (
        <Box
          component="ul"
          data-testid="evidence-list"
          sx={{
            listStyle: 'none',
            m: 0,
            p: 0,
            display: 'grid',
            gap: 2,
            gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', sm: 'repeat(auto-fill, minmax(170px, 1fr))' },
          }}
        >
          {files.map((evidence) => (
            <EvidenceItem
              key={evidence.id}
              evidence={evidence}
              editable={editable}
              onDownload={() => void download(evidence)}
              onDelete={() => setDeleting(evidence)}
            />
          ))}
        </Box>
      )}
      {upload.sending.map((one) => (
        <SendingProgress key={one.key} one={one} />
      ))}
      {upload.refusals.map((message, index) => (
        <Alert key={`${index}:${message}`} severity="error" sx={{ mt: 1 }} onClose={upload.dismiss} data-testid="evidence-refusal">
          {message}
        </Alert>
      ))}
      {editable && room > 0 && <AttachZone onFiles={(chosen) => void upload.attach(chosen)} />}
      {editable && room === 0 && files.length >= EVIDENCE_MAX_FILES && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate('app.errors.evidence.tooMany')}
        </Typography>
      )}
      <Confirm
        isOpen={deleting !== null}
        title="app.evidence.delete_title"
        content="app.evidence.delete_content"
        translateOptions={{ name: deleting?.fileName ?? '' }}
        onConfirm={() => void remove()}
        onClose={() => setDeleting(null)}
      />
    </Box>
  );
};
