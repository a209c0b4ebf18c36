import { DataTable, List, SearchInput } from 'react-admin';
import { LocalizedNameField } from '../common/LocalizedNameField';
import { useNameSource } from '../common/useNameSource';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export const DirectionList = () => (
  <List filters={filters} sort={{ field: 'code', order: 'ASC' }}>
    <DataTable rowClick="show">
      <DataTable.Col source="code" />
      <DataTable.Col source={useNameSource()}>
        <LocalizedNameField />
      </DataTable.Col>
    </DataTable>
  </List>
);
