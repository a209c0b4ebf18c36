import { ReferenceInput, required } from 'react-admin';
import { NameAutocompleteInput } from '../common/NameAutocompleteInput';
import { NameInputs } from '../common/NameInputs';

export const SpecialProjectInputs = () => (
  <>
    <NameInputs />
    <ReferenceInput source="directionId" reference="directions">
      <NameAutocompleteInput validate={required()} />
    </ReferenceInput>
  </>
);
