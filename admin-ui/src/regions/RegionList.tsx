import { DataTable, SelectInput } from 'react-admin';
import { regionKindChoices } from '../common/choices';
import { ChoiceCol, DateCol, searchFilter } from '../common/listParts';
import { NamedReferenceList } from '../named-references/NamedReferenceList';

const filters = [searchFilter, <SelectInput key="kind" source="kind" choices={regionKindChoices} />];

export const RegionList = () => (
  <NamedReferenceList keySource="kato" filters={filters}>
    <ChoiceCol source="kind" choices={regionKindChoices} />
    <DataTable.Col source="code" />
    <DateCol source="activeFrom" />
    <DateCol source="activeTo" />
  </NamedReferenceList>
);
