import { DataTable, ReferenceField, ReferenceInput } from 'react-admin';
import { NameAutocompleteInput } from '../common/NameAutocompleteInput';
import { NamedReferenceList, searchFilter } from '../named-references/NamedReferenceList';

const filters = [
  searchFilter,
  <ReferenceInput key="directionId" source="directionId" reference="directions">
    <NameAutocompleteInput />
  </ReferenceInput>,
];

export const SpecialProjectList = () => (
  <NamedReferenceList filters={filters}>
    <DataTable.Col source="directionId">
      <ReferenceField source="directionId" reference="directions" />
    </DataTable.Col>
  </NamedReferenceList>
);
