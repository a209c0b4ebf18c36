import { Button, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { Locale, LOCALES } from '../../../contracts/codes';
import { isLocale } from '../../../contracts/codes';
import { updateSessionUser } from '../providers/session';
import type { OutreachDataProvider } from '../providers/dataProvider';

export const LocaleForm = ({ initial }: { initial: string | null }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<OutreachDataProvider>();
  const [uiLocale, setUiLocale] = useLocaleState();
  const [locale, setLocale] = useState(initial ?? uiLocale);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    setSaving(true);
    try {
      const me = await dataProvider.updateMe({ locale: locale as Locale });
      updateSessionUser({ locale: me.locale });
      if (me.locale && isLocale(me.locale)) setUiLocale(me.locale);
      notify('app.account.locale_saved', { type: 'success' });
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
      <TextField
        select
        size="small"
        label={translate('resources.users.fields.locale')}
        value={locale}
        onChange={(event) => setLocale(event.target.value)}
        sx={{ minWidth: 200 }}
        slotProps={{ htmlInput: { 'data-testid': 'account-locale' } }}
      >
        {LOCALES.map((option) => (
          <MenuItem key={option} value={option}>
            {translate(`app.locale.${option}`)}
          </MenuItem>
        ))}
      </TextField>
      <Button variant="contained" onClick={save} disabled={saving} data-testid="account-locale-save">
        {translate('ra.action.save')}
      </Button>
    </Stack>
  );
};
