import { BooleanInput, PasswordInput, ReferenceInput, regex, required, SelectInput, TextInput, minLength } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { localeChoices, roleChoices } from '../common/choices';
import { NameAutocompleteInput } from '../common/NameAutocompleteInput';
import type { NewUser } from '../../../contracts/auth';

const loginRule = regex(/^[a-z0-9._-]{3,60}$/, 'app.users.login_rule');

const RegionInput = () => {
  const role = useWatch<Partial<Pick<NewUser, 'role'>>, 'role'>({ name: 'role' });
  if (role !== 'rpo_editor') return null;
  return (
    <ReferenceInput source="regionId" reference="regions" perPage={50}>
      <NameAutocompleteInput validate={required()} fullWidth />
    </ReferenceInput>
  );
};

export const UserInputs = ({ passwordRequired }: { passwordRequired: boolean }) => (
  <>
    <TextInput source="login" validate={[required(), loginRule]} />
    <TextInput source="fullName" validate={required()} fullWidth />
    <SelectInput source="role" choices={roleChoices} validate={required()} />
    <RegionInput />
    <SelectInput source="locale" choices={localeChoices} />
    <BooleanInput source="active" defaultValue />
    <PasswordInput
      source="password"
      label={passwordRequired ? 'resources.users.fields.password' : 'app.users.new_password'}
      helperText={passwordRequired ? false : 'app.users.password_hint'}
      validate={passwordRequired ? [required(), minLength(8)] : minLength(8)}
      autoComplete="new-password"
    />
  </>
);

/** Only RPO editors have a region; an empty password means "keep the current one". */
export const userPayload = <T extends Partial<Pick<NewUser, 'role' | 'regionId'>> & { password?: string | null }>(data: T): T => {
  const { password, ...rest } = data;
  return {
    ...rest,
    regionId: data.role === 'rpo_editor' ? (data.regionId ?? null) : null,
    ...(password ? { password } : {}),
  } as T;
};
