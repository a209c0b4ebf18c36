import { AutocompleteInput, BooleanInput, ReferenceInput, required, TextInput } from 'react-admin';
import { NameAutocompleteInput } from '../common/NameAutocompleteInput';

export const RubricInputs = () => (
  <>
    <ReferenceInput source="outletId" reference="outlets">
      <AutocompleteInput validate={required()} />
    </ReferenceInput>
    <TextInput source="name" validate={required()} fullWidth />
    <ReferenceInput source="specialProjectId" reference="special-projects">
      <NameAutocompleteInput />
    </ReferenceInput>
    <BooleanInput source="active" defaultValue />
  </>
);
