import { Show, SimpleShowLayout, TextField } from 'react-admin';

export const DirectionShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="nameKk" />
      <TextField source="nameRu" />
      <TextField source="nameEn" />
    </SimpleShowLayout>
  </Show>
);
