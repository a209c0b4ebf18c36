import { Show, TextField } from 'react-admin';
import { ShowWithHistory } from '../audit-events/ShowWithHistory';

export const TargetAudienceShow = () => (
  <Show>
    <ShowWithHistory>
      <TextField source="code" />
      <TextField source="nameKk" />
      <TextField source="nameRu" />
      <TextField source="nameEn" />
      <TextField source="methodsKk" />
      <TextField source="methodsRu" />
    </ShowWithHistory>
  </Show>
);
