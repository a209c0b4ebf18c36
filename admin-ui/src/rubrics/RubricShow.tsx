import { BooleanField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';

export const RubricShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <ReferenceField source="outletId" reference="outlets" />
      <ReferenceField source="specialProjectId" reference="special-projects" />
      <BooleanField source="active" />
    </SimpleShowLayout>
  </Show>
);
