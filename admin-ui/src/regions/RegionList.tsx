import { DataTable, SelectField, SelectInput } from 'react-admin';
import { regionKindChoices } from '../common/choices';
import { LocaleDateField } from '../common/LocaleDateField';
import { NamedReferenceList, searchFilter } from '../named-references/NamedReferenceList';

const filters = [searchFilter, <SelectInput key="kind" source="kind" choices={regionKindChoices} />];

export const RegionList = () => (
  <NamedReferenceList keySource="kato" filters={filters} perPage={25}>
    <DataTable.Col source="kind">
      <SelectField source="kind" choices={regionKindChoices} />
    </DataTable.Col>
    <DataTable.Col source="code" />
    <DataTable.Col source="activeFrom">
      <LocaleDateField source="activeFrom" />
    </DataTable.Col>
    <DataTable.Col source="activeTo">
      <LocaleDateField source="activeTo" />
    </DataTable.Col>
  </NamedReferenceList>
);
