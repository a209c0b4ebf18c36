import { ReferenceField, Show, TextField } from 'react-admin';
import { ShowWithHistory } from '../audit-events/ShowWithHistory';

export const SpecialProjectShow = () => (
  <Show>
    <ShowWithHistory>
      <TextField source="code" />
      <TextField source="nameKk" />
      <TextField source="nameRu" />
      <TextField source="nameEn" />
      <ReferenceField source="directionId" reference="directions" />
    </ShowWithHistory>
  </Show>
);
