import { BooleanField, ReferenceField, Show, TextField } from 'react-admin';
import { ShowWithHistory } from '../audit-events/ShowWithHistory';

export const RubricShow = () => (
  <Show>
    <ShowWithHistory>
      <TextField source="name" />
      <ReferenceField source="outletId" reference="outlets" />
      <ReferenceField source="specialProjectId" reference="special-projects" />
      <BooleanField source="active" />
    </ShowWithHistory>
  </Show>
);
