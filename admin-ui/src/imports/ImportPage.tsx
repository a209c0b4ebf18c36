import { ReactNode } from 'react';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import UploadIcon from '@mui/icons-material/Upload';
import { Alert, Button, Card, CardContent, CardHeader, Divider, Stack, Typography } from '@mui/material';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { canWrite } from '../common/access';
import { CheckResult } from './CheckResult';
import { FilePicker } from './FilePicker';
import { ImportDone } from './ImportDone';
import { TemplateDownload } from './TemplateDownload';
import { UploadProgress } from './UploadProgress';
import { useImportUpload } from './useImportUpload';

const Step = ({ title, children }: { title: string; children: ReactNode }) => (
  <Stack spacing={1.5} sx={{ my: 2 }}>
    <Typography variant="h6">{title}</Typography>
    {children}
  </Stack>
);

/** Template, file, dry run with its problems, then the import and a link to what it created. */
export const ImportPage = () => {
  const translate = useTranslate();
  const { permissions, isPending } = usePermissions<string>();
  const upload = useImportUpload();
  const title = translate('app.imports.title');

  if (isPending) return null;
  if (!canWrite('materials', permissions)) {
    return (
      <Alert severity="warning" sx={{ mt: 2 }}>
        {translate('app.imports.errors.forbidden')}
      </Alert>
    );
  }

  return (
    <Card sx={{ mt: 2 }} data-testid="import-page">
      <Title title={title} />
      <CardHeader title={title} subheader={translate('app.imports.subtitle')} />
      <CardContent>
        <Step title={translate('app.imports.template.title')}>
          <Typography variant="body2" color="text.secondary">
            {translate('app.imports.template.hint')}
          </Typography>
          <TemplateDownload />
        </Step>
        <Divider />
        <Step title={translate('app.imports.file.title')}>
          <Typography variant="body2" color="text.secondary">
            {translate('app.imports.file.hint')}
          </Typography>
          <FilePicker file={upload.file} disabled={upload.busy} onChoose={upload.choose} />
          <Stack direction="row" useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1.5 }}>
            <Button
              variant="outlined"
              startIcon={<FactCheckIcon />}
              onClick={upload.check}
              disabled={!upload.file || upload.busy}
              data-testid="import-check"
            >
              {translate('app.imports.actions.check')}
            </Button>
            <Button
              variant="contained"
              startIcon={<UploadIcon />}
              onClick={upload.run}
              disabled={!upload.importable || upload.busy}
              data-testid="import-run"
            >
              {translate('app.imports.actions.import')}
            </Button>
            {upload.file && !upload.importable && (
              <Typography variant="body2" color="text.secondary">
                {translate('app.imports.actions.check_first')}
              </Typography>
            )}
          </Stack>
        </Step>
        <UploadProgress stage={upload.stage} />
        {upload.error && (
          <Alert severity="error" data-testid="import-error">
            {translate(upload.error.key, upload.error.params)}
          </Alert>
        )}
        {upload.checked && <CheckResult result={upload.checked} />}
        {upload.imported && <ImportDone result={upload.imported} />}
      </CardContent>
    </Card>
  );
};
