import { TextField } from 'react-admin';
import { NamedReferenceShow } from '../named-references/NamedReferenceShow';

export const TargetAudienceShow = () => (
  <NamedReferenceShow>
    <TextField source="methodsKk" />
    <TextField source="methodsRu" />
  </NamedReferenceShow>
);
