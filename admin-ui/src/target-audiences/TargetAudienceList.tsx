import { DataTable, List, SearchInput } from 'react-admin';
import { useBulkActions } from '../common/useBulkActions';
import { LocalizedNameField } from '../common/LocalizedNameField';
import { useNameSource } from '../common/useNameSource';
import { csvExporter } from '../common/csvExport';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export const TargetAudienceList = () => (
  <List exporter={csvExporter} filters={filters} sort={{ field: 'code', order: 'ASC' }}>
    <DataTable rowClick="show" bulkActionButtons={useBulkActions()}>
      <DataTable.Col source="code" />
      <DataTable.Col source={useNameSource()}>
        <LocalizedNameField />
      </DataTable.Col>
    </DataTable>
  </List>
);
