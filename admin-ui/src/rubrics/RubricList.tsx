import { BooleanField, DataTable, List, ReferenceField, ReferenceInput, SearchInput } from 'react-admin';
import { useBulkActions } from '../common/useBulkActions';
import { csvExporter } from '../common/csvExport';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="outletId" source="outletId" reference="outlets" alwaysOn />,
];

export const RubricList = () => (
  <List exporter={csvExporter} filters={filters} sort={{ field: 'name', order: 'ASC' }}>
    <DataTable rowClick="show" bulkActionButtons={useBulkActions()}>
      <DataTable.Col source="name" />
      <DataTable.Col source="outletId">
        <ReferenceField source="outletId" reference="outlets" />
      </DataTable.Col>
      <DataTable.Col source="specialProjectId">
        <ReferenceField source="specialProjectId" reference="special-projects" />
      </DataTable.Col>
      <DataTable.Col source="active">
        <BooleanField source="active" />
      </DataTable.Col>
    </DataTable>
  </List>
);
