import { DataTable, List, ReferenceField, ReferenceInput, SearchInput } from 'react-admin';
import { useBulkActions } from '../common/useBulkActions';
import { LocalizedNameField } from '../common/LocalizedNameField';
import { NameAutocompleteInput } from '../common/NameAutocompleteInput';
import { useNameSource } from '../common/useNameSource';
import { csvExporter } from '../common/csvExport';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="directionId" source="directionId" reference="directions">
    <NameAutocompleteInput />
  </ReferenceInput>,
];

export const SpecialProjectList = () => (
  <List exporter={csvExporter} filters={filters} sort={{ field: 'code', order: 'ASC' }}>
    <DataTable rowClick="show" bulkActionButtons={useBulkActions()}>
      <DataTable.Col source="code" />
      <DataTable.Col source={useNameSource()}>
        <LocalizedNameField />
      </DataTable.Col>
      <DataTable.Col source="directionId">
        <ReferenceField source="directionId" reference="directions" />
      </DataTable.Col>
    </DataTable>
  </List>
);
