import { DataTable, List, ReferenceInput } from 'react-admin';
import { useBulkActions } from '../common/useBulkActions';
import { csvExporter } from '../common/csvExport';
import { BooleanCol, ReferenceCol, searchFilter, ShowLinkCol } from '../common/listParts';

const filters = [searchFilter, <ReferenceInput key="outletId" source="outletId" reference="outlets" alwaysOn />];

export const RubricList = () => (
  <List exporter={csvExporter} filters={filters} sort={{ field: 'name', order: 'ASC' }}>
    <DataTable rowClick="show" bulkActionButtons={useBulkActions()}>
      <ShowLinkCol source="name" />
      <ReferenceCol source="outletId" reference="outlets" />
      <ReferenceCol source="specialProjectId" reference="special-projects" />
      <BooleanCol source="active" />
    </DataTable>
  </List>
);
