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
import { channelChoices, levelChoices } from '../common/choices';
import { NameAutocompleteInput } from '../common/NameAutocompleteInput';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={channelChoices} />,
  <SelectInput key="level" source="level" choices={levelChoices} />,
  <ReferenceInput key="regionId" source="regionId" reference="regions" perPage={50}>
    <NameAutocompleteInput />
  </ReferenceInput>,
  <BooleanInput key="active" source="active" />,
];

export const OutletList = () => (
  <List filters={filters} sort={{ field: 'name', order: 'ASC' }}>
    <DataTable rowClick="show">
      <DataTable.Col source="name" />
      <DataTable.Col source="kind">
        <SelectField source="kind" choices={channelChoices} />
      </DataTable.Col>
      <DataTable.Col source="level">
        <SelectField source="level" choices={levelChoices} />
      </DataTable.Col>
      <DataTable.Col source="regionId">
        <ReferenceField source="regionId" reference="regions" link={false} />
      </DataTable.Col>
      <DataTable.Col source="active">
        <BooleanField source="active" />
      </DataTable.Col>
    </DataTable>
  </List>
);
