import { SelectField, Show, TextField } from 'react-admin';
import { ShowWithHistory } from '../audit-events/ShowWithHistory';
import { regionKindChoices } from '../common/choices';
import { LocaleDateField } from '../common/LocaleDateField';

export const RegionShow = () => (
  <Show>
    <ShowWithHistory>
      <TextField source="code" />
      <TextField source="nameKk" />
      <TextField source="nameRu" />
      <TextField source="nameEn" />
      <SelectField source="kind" choices={regionKindChoices} />
      <TextField source="kato" />
      <LocaleDateField source="activeFrom" />
      <LocaleDateField source="activeTo" />
    </ShowWithHistory>
  </Show>
);
