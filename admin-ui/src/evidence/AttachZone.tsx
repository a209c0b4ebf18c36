import { ChangeEvent, DragEvent, useState } from 'react';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import PhotoCameraIcon from '@mui/icons-material/PhotoCamera';
import { Box, Button, Stack, Typography, useMediaQuery } from '@mui/material';
import { useTranslate } from 'react-admin';
import { usePhone } from '../common/usePhone';
import { CAMERA_ACCEPT, EVIDENCE_ACCEPT } from './evidenceChecks';

/** The files of a change, the input cleared so that picking the same file again (after fixing it) fires again. */
const picked = (event: ChangeEvent<HTMLInputElement>): File[] => {
  const files = [...(event.target.files ?? [])];
  event.target.value = '';
  return files;
};

/** Where files are dropped, with a file button beside; on a phone or a touch screen also the camera. */
export const AttachZone = ({ onFiles }: { onFiles(files: File[]): void }) => {
  const translate = useTranslate();
  const touch = useMediaQuery('(pointer: coarse)');
  const phone = usePhone();
  const [over, setOver] = useState(false);
  const dragOver = (event: DragEvent) => {
    event.preventDefault();
    setOver(true);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    onFiles([...event.dataTransfer.files]);
  };
  return (
    <Box
      data-testid="evidence-drop"
      onDragEnter={dragOver}
      onDragOver={dragOver}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      sx={{
        mt: 2,
        p: 2,
        border: '2px dashed',
        borderColor: over ? 'primary.main' : 'grey.400',
        borderRadius: 1,
        bgcolor: over ? 'action.hover' : undefined,
      }}
    >
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ alignItems: { xs: 'stretch', sm: 'center' } }}>
        {!phone && <Typography variant="body2">{translate(over ? 'app.evidence.drop_here' : 'app.evidence.drop')}</Typography>}
        <Button component="label" variant="outlined" startIcon={<AttachFileIcon />}>
          {translate('app.evidence.choose')}
          <input
            hidden
            type="file"
            multiple
            accept={EVIDENCE_ACCEPT}
            onChange={(event) => onFiles(picked(event))}
            data-testid="evidence-file"
          />
        </Button>
        {(touch || phone) && (
          <Button component="label" variant="contained" startIcon={<PhotoCameraIcon />}>
            {translate('app.evidence.camera')}
            <input
              hidden
              type="file"
              accept={CAMERA_ACCEPT}
              capture="environment"
              onChange={(event) => onFiles(picked(event))}
              data-testid="evidence-camera"
            />
          </Button>
        )}
      </Stack>
    </Box>
  );
};
