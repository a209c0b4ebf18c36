import { BooleanInput, DataTable, List, SelectInput } from 'react-admin';
import { localeChoices, roleChoices } from '../common/choices';
import { csvExporter } from '../common/csvExport';
import { BooleanCol, ChoiceCol, namedReferenceFilter, ReferenceCol, searchFilter, ShowLinkCol } from '../common/listParts';
import { DeactivateButton } from './DeactivateButton';

const filters = [
  searchFilter,
  <SelectInput key="role" source="role" choices={roleChoices} alwaysOn />,
  namedReferenceFilter('regionId', 'regions', { perPage: 50 }),
  <BooleanInput key="active" source="active" />,
];

export const UserList = () => (
  <List exporter={csvExporter} filters={filters} sort={{ field: 'login', order: 'ASC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <ShowLinkCol source="login" />
      <DataTable.Col source="fullName" />
      <ChoiceCol source="role" choices={roleChoices} />
      <ReferenceCol source="regionId" reference="regions" link={false} />
      <ChoiceCol source="locale" choices={localeChoices} />
      <BooleanCol source="active" />
      <DataTable.Col>
        <DeactivateButton />
      </DataTable.Col>
    </DataTable>
  </List>
);
