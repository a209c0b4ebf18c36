import { BooleanField, ReferenceField, SelectField, Show, TextField, UrlField } from 'react-admin';
import { ShowWithHistory } from '../audit-events/ShowWithHistory';
import { channelChoices, levelChoices } from '../common/choices';
import { LanguagesField } from './LanguagesField';

export const OutletShow = () => (
  <Show>
    <ShowWithHistory>
      <TextField source="name" />
      <SelectField source="kind" choices={channelChoices} />
      <SelectField source="level" choices={levelChoices} />
      <ReferenceField source="regionId" reference="regions" />
      <LanguagesField />
      <UrlField source="url" />
      <BooleanField source="active" />
    </ShowWithHistory>
  </Show>
);
