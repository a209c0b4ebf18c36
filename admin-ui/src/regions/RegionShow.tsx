import { SelectField, TextField } from 'react-admin';
import { regionKindChoices } from '../common/choices';
import { LocaleDateField } from '../common/LocaleDateField';
import { NamedReferenceShow } from '../named-references/NamedReferenceShow';

export const RegionShow = () => (
  <NamedReferenceShow>
    <SelectField source="kind" choices={regionKindChoices} />
    <TextField source="kato" />
    <LocaleDateField source="activeFrom" />
    <LocaleDateField source="activeTo" />
  </NamedReferenceShow>
);
