import { Alert, Card, CardContent, CardHeader, Divider, LinearProgress, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { AccountDetails } from './AccountDetails';
import { useDataQuery } from '../providers/useDataQuery';
import { LocaleForm } from './LocaleForm';
import { PasswordForm } from './PasswordForm';

export const AccountPage = () => {
  const translate = useTranslate();
  const me = useDataQuery(['auth', 'me'], (dataProvider) => dataProvider.getMe());
  return (
    <Card sx={{ mt: 2 }} data-testid="account-page">
      <Title title="app.account.title" />
      <CardHeader title={translate('app.account.title')} />
      <CardContent>
        {me.isPending && <LinearProgress />}
        {me.error && <Alert severity="error">{translate('app.dashboard.error')}</Alert>}
        {me.data && (
          <>
            <AccountDetails me={me.data} />
            <Divider sx={{ my: 3 }} />
            <Typography variant="h6" sx={{ mb: 2 }}>
              {translate('app.account.language')}
            </Typography>
            <LocaleForm initial={me.data.locale} />
            <Divider sx={{ my: 3 }} />
            <Typography variant="h6" sx={{ mb: 2 }}>
              {translate('app.account.change_password')}
            </Typography>
            <PasswordForm />
          </>
        )}
      </CardContent>
    </Card>
  );
};
