import {
  BooleanField,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  UrlField,
} from 'react-admin';
import { channelChoices, levelChoices } from '../common/choices';
import { LanguagesField } from './LanguagesField';

export const OutletShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <SelectField source="kind" choices={channelChoices} />
      <SelectField source="level" choices={levelChoices} />
      <ReferenceField source="regionId" reference="regions" />
      <LanguagesField />
      <UrlField source="url" />
      <BooleanField source="active" />
    </SimpleShowLayout>
  </Show>
);
