import { ChangeEvent } from 'react';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import { Button, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { kilobytes } from './importRules';

interface FilePickerProps {
  file: File | null;
  disabled: boolean;
  onChoose(file: File): void;
}

/** A button over a hidden file input; choosing again (even the same file, fixed) starts a new check. */
export const FilePicker = ({ file, disabled, onChoose }: FilePickerProps) => {
  const translate = useTranslate();
  const change = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    // Cleared so that picking the same path again after fixing the file still fires a change.
    event.target.value = '';
    if (chosen) onChoose(chosen);
  };
  return (
    <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
      <Button component="label" variant="outlined" startIcon={<AttachFileIcon />} disabled={disabled}>
        {translate(file ? 'app.imports.file.replace' : 'app.imports.file.choose')}
        <input hidden type="file" accept=".xlsx,.csv" onChange={change} data-testid="import-file" />
      </Button>
      <Typography variant="body2" color={file ? 'text.primary' : 'text.secondary'} data-testid="import-file-name">
        {file
          ? translate('app.imports.file.selected', { name: file.name, size: kilobytes(file.size) })
          : translate('app.imports.file.none')}
      </Typography>
    </Stack>
  );
};
