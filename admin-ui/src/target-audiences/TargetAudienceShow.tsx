import { Show, SimpleShowLayout, TextField } from 'react-admin';

export const TargetAudienceShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="nameKk" />
      <TextField source="nameRu" />
      <TextField source="nameEn" />
      <TextField source="methodsKk" />
      <TextField source="methodsRu" />
    </SimpleShowLayout>
  </Show>
);
