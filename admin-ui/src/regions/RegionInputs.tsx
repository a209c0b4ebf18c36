import { DateInput, required, SelectInput, TextInput } from 'react-admin';
import { regionKindChoices } from '../common/choices';
import { NameInputs } from '../common/NameInputs';

export const RegionInputs = () => (
  <>
    <NameInputs />
    <SelectInput source="kind" choices={regionKindChoices} validate={required()} />
    <TextInput source="kato" />
    <DateInput source="activeFrom" />
    <DateInput source="activeTo" />
  </>
);
