import { ReferenceField } from 'react-admin';
import { NamedReferenceShow } from '../named-references/NamedReferenceShow';

export const SpecialProjectShow = () => (
  <NamedReferenceShow>
    <ReferenceField source="directionId" reference="directions" />
  </NamedReferenceShow>
);
