import { DataTable, List, SearchInput, SelectField, SelectInput } from 'react-admin';
import { useBulkActions } from '../common/useBulkActions';
import { regionKindChoices } from '../common/choices';
import { LocalizedNameField } from '../common/LocalizedNameField';
import { useNameSource } from '../common/useNameSource';
import { LocaleDateField } from '../common/LocaleDateField';
import { csvExporter } from '../common/csvExport';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="kind" source="kind" choices={regionKindChoices} />];

export const RegionList = () => (
  <List exporter={csvExporter} filters={filters} sort={{ field: 'kato', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="show" bulkActionButtons={useBulkActions()}>
      <DataTable.Col source="kato" />
      <DataTable.Col source={useNameSource()}>
        <LocalizedNameField />
      </DataTable.Col>
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
    </DataTable>
  </List>
);
