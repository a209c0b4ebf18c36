import { required, SelectInput, TextInput } from 'react-admin';
import { regionKindChoices } from '../common/choices';
import { NameInputs } from '../common/NameInputs';
import { LocaleDateInput } from '../common/LocaleDateInput';

export const RegionInputs = () => (
  <>
    <NameInputs />
    <SelectInput source="kind" choices={regionKindChoices} validate={required()} />
    <TextInput source="kato" />
    <LocaleDateInput source="activeFrom" />
    <LocaleDateInput source="activeTo" />
  </>
);
