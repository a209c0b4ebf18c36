import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';

export const SpecialProjectShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="nameKk" />
      <TextField source="nameRu" />
      <TextField source="nameEn" />
      <ReferenceField source="directionId" reference="directions" />
    </SimpleShowLayout>
  </Show>
);
