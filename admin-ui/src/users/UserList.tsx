import {
  BooleanField,
  BooleanInput,
  DataTable,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
} from 'react-admin';
import { localeChoices, roleChoices } from '../common/choices';
import { NameAutocompleteInput } from '../common/NameAutocompleteInput';
import { DeactivateButton } from './DeactivateButton';
import { csvExporter } from '../common/csvExport';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={roleChoices} alwaysOn />,
  <ReferenceInput key="regionId" source="regionId" reference="regions" perPage={50}>
    <NameAutocompleteInput />
  </ReferenceInput>,
  <BooleanInput key="active" source="active" />,
];

export const UserList = () => (
  <List exporter={csvExporter} filters={filters} sort={{ field: 'login', order: 'ASC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="login" />
      <DataTable.Col source="fullName" />
      <DataTable.Col source="role">
        <SelectField source="role" choices={roleChoices} />
      </DataTable.Col>
      <DataTable.Col source="regionId">
        <ReferenceField source="regionId" reference="regions" link={false} />
      </DataTable.Col>
      <DataTable.Col source="locale">
        <SelectField source="locale" choices={localeChoices} />
      </DataTable.Col>
      <DataTable.Col source="active">
        <BooleanField source="active" />
      </DataTable.Col>
      <DataTable.Col>
        <DeactivateButton />
      </DataTable.Col>
    </DataTable>
  </List>
);
