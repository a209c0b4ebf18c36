import { ReactNode } from 'react';
import { Show, TextField } from 'react-admin';
import { ShowWithHistory } from '../audit-events/ShowWithHistory';

/** A region's, direction's, special project's or target audience's page: its code and names, the kind's own fields, and its history. */
export const NamedReferenceShow = ({ children = [] }: { children?: ReactNode }) => (
  <Show>
    <ShowWithHistory>
      <TextField source="code" />
      <TextField source="nameKk" />
      <TextField source="nameRu" />
      <TextField source="nameEn" />
      {children}
    </ShowWithHistory>
  </Show>
);
