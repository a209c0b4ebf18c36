import { BooleanField, DataTable, List, ReferenceField, SearchInput, SelectField, SelectInput } from 'react-admin';
import { localeChoices, roleChoices } from '../common/choices';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="role" source="role" choices={roleChoices} />];

export const UserList = () => (
  <List filters={filters} sort={{ field: 'login', order: 'ASC' }}>
    <DataTable>
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
    </DataTable>
  </List>
);
