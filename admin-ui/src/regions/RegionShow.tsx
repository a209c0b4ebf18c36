import { SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { regionKindChoices } from '../common/choices';
import { LocaleDateField } from '../common/LocaleDateField';

export const RegionShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="nameKk" />
      <TextField source="nameRu" />
      <TextField source="nameEn" />
      <SelectField source="kind" choices={regionKindChoices} />
      <TextField source="kato" />
      <LocaleDateField source="activeFrom" />
      <LocaleDateField source="activeTo" />
    </SimpleShowLayout>
  </Show>
);
