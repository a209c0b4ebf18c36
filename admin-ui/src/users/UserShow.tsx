import { BooleanField, EditButton, ReferenceField, SelectField, Show, TextField, TopToolbar } from 'react-admin';
import { localeChoices, roleChoices } from '../common/choices';
import { LocaleDateField } from '../common/LocaleDateField';
import { ShowWithHistory } from '../audit-events/ShowWithHistory';
import { DeactivateButton } from './DeactivateButton';
import { SignOutEverywhereButton } from './SignOutEverywhereButton';

const UserShowActions = () => (
  <TopToolbar>
    <SignOutEverywhereButton />
    <DeactivateButton />
    <EditButton />
  </TopToolbar>
);

export const UserShow = () => (
  <Show actions={<UserShowActions />}>
    <ShowWithHistory>
      <TextField source="login" />
      <TextField source="fullName" />
      <SelectField source="role" choices={roleChoices} />
      <ReferenceField source="regionId" reference="regions" emptyText="—" />
      <SelectField source="locale" choices={localeChoices} />
      <BooleanField source="active" />
      <LocaleDateField source="createdAt" showTime />
    </ShowWithHistory>
  </Show>
);
