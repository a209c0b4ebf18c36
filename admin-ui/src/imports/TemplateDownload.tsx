import { useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import { Button, MenuItem, Stack, TextField } from '@mui/material';
import { useDataProvider, useLocale, useNotify, useTranslate } from 'react-admin';
import type { OutreachDataProvider } from '../providers/dataProvider';
import { TEMPLATE_FORMATS, TEMPLATE_LANGUAGES, TemplateFormat, TemplateLanguage } from '../../../contracts/imports';

/** Picks the template's format and header language and downloads it. */
export const TemplateDownload = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<OutreachDataProvider>();
  const [format, setFormat] = useState<TemplateFormat>('xlsx');
  const locale = useLocale();
  const [lang, setLang] = useState<TemplateLanguage>(TEMPLATE_LANGUAGES.find((known) => known === locale) ?? 'ru');
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    try {
      await dataProvider.downloadTemplate(format, lang);
    } catch {
      notify('app.imports.template.failed', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
      <TextField
        select
        size="small"
        label={translate('app.imports.template.format')}
        value={format}
        onChange={(e) => setFormat(e.target.value as TemplateFormat)}
        sx={{ width: 220 }}
      >
        {TEMPLATE_FORMATS.map((value) => (
          <MenuItem key={value} value={value}>
            {translate(`app.templateFormat.${value}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={translate('app.imports.template.language')}
        value={lang}
        onChange={(e) => setLang(e.target.value as TemplateLanguage)}
        sx={{ width: 220 }}
      >
        {TEMPLATE_LANGUAGES.map((value) => (
          <MenuItem key={value} value={value}>
            {translate(`app.locale.${value}`)}
          </MenuItem>
        ))}
      </TextField>
      <Button variant="outlined" startIcon={<DownloadIcon />} onClick={download} disabled={busy} data-testid="import-template-download">
        {translate('app.imports.template.download')}
      </Button>
    </Stack>
  );
};
