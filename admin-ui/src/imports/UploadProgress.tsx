import { Box, LinearProgress, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { UploadStage } from './types';

/** The share sent while uploading, then an indeterminate bar while the server reads and checks the rows. */
export const UploadProgress = ({ stage }: { stage: UploadStage }) => {
  const translate = useTranslate();
  if (stage.kind === 'idle') return null;
  return (
    <Box sx={{ my: 2 }} data-testid="import-progress">
      <Typography variant="body2" sx={{ mb: 0.5 }}>
        {stage.kind === 'uploading'
          ? translate('app.imports.progress.uploading', { percent: stage.percent })
          : translate('app.imports.progress.processing')}
      </Typography>
      {stage.kind === 'uploading' ? (
        <LinearProgress
          variant="determinate"
          value={stage.percent}
          aria-label={translate('app.imports.progress.uploading', { percent: stage.percent })}
        />
      ) : (
        <LinearProgress aria-label={translate('app.imports.progress.processing')} />
      )}
    </Box>
  );
};
