import { Show, TextField } from 'react-admin';
import { ShowWithHistory } from '../audit-events/ShowWithHistory';

export const DirectionShow = () => (
  <Show>
    <ShowWithHistory>
      <TextField source="code" />
      <TextField source="nameKk" />
      <TextField source="nameRu" />
      <TextField source="nameEn" />
    </ShowWithHistory>
  </Show>
);
