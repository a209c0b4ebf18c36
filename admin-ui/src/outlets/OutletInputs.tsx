import { BooleanInput, ReferenceInput, required, SelectArrayInput, SelectInput, TextInput } from 'react-admin';
import { channelChoices, languageChoices, levelChoices } from '../common/choices';
import { NameAutocompleteInput } from '../common/NameAutocompleteInput';

export const OutletInputs = () => (
  <>
    <TextInput source="name" validate={required()} fullWidth />
    <SelectInput source="kind" choices={channelChoices} validate={required()} />
    <SelectInput source="level" choices={levelChoices} validate={required()} />
    <ReferenceInput source="regionId" reference="regions" perPage={50}>
      <NameAutocompleteInput />
    </ReferenceInput>
    <SelectArrayInput source="languages" choices={languageChoices} />
    <TextInput source="url" fullWidth />
    <BooleanInput source="active" defaultValue />
  </>
);
