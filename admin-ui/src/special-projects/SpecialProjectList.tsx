import { namedReferenceFilter, ReferenceCol, searchFilter } from '../common/listParts';
import { NamedReferenceList } from '../named-references/NamedReferenceList';

const filters = [searchFilter, namedReferenceFilter('directionId', 'directions')];

export const SpecialProjectList = () => (
  <NamedReferenceList filters={filters}>
    <ReferenceCol source="directionId" reference="directions" />
  </NamedReferenceList>
);
