import { Stack, Typography } from '@mui/material';
import { ReactNode } from 'react';
import { useGetOne, useTranslate } from 'react-admin';
import { useNameSource } from '../common/useNameSource';
import type { UserAccount } from '../../../contracts/auth';
import type { Region } from '../../../contracts/reference';

const Row = ({ label, value, testId }: { label: string; value: ReactNode; testId: string }) => (
  <Stack direction="row" spacing={2}>
    <Typography variant="body2" color="text.secondary" sx={{ minWidth: 160 }}>
      {label}
    </Typography>
    <Typography variant="body2" data-testid={testId}>
      {value}
    </Typography>
  </Stack>
);

export const AccountDetails = ({ me }: { me: UserAccount }) => {
  const translate = useTranslate();
  const nameSource = useNameSource();
  const region = useGetOne<Region>('regions', { id: me.regionId ?? 0 }, { enabled: me.regionId !== null });
  return (
    <Stack spacing={1}>
      <Row label={translate('resources.users.fields.login')} value={me.login} testId="account-login" />
      <Row label={translate('resources.users.fields.fullName')} value={me.fullName} testId="account-full-name" />
      <Row label={translate('resources.users.fields.role')} value={translate(`app.role.${me.role}`)} testId="account-role" />
      {me.regionId !== null && (
        <Row label={translate('resources.users.fields.regionId')} value={region.data?.[nameSource] ?? ''} testId="account-region" />
      )}
    </Stack>
  );
};
