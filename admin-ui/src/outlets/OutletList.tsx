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
  useGetIdentity,
} from 'react-admin';
import { useBulkActions } from '../common/useBulkActions';
import type { ActorScope } from '../common/actorScope';
import { channelChoices, levelChoices } from '../common/choices';
import { NameAutocompleteInput } from '../common/NameAutocompleteInput';
import { csvExporter } from '../common/csvExport';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={channelChoices} />,
  <SelectInput key="level" source="level" choices={levelChoices} />,
  <ReferenceInput key="regionId" source="regionId" reference="regions" perPage={50}>
    <NameAutocompleteInput />
  </ReferenceInput>,
  <BooleanInput key="active" source="active" />,
];

// An RPO editor starts from their own region's outlets and may clear the filter to see the republican ones.
const ownRegionFilter = (user: ActorScope | undefined) => (user?.role === 'rpo_editor' && user.regionId ? { regionId: user.regionId } : {});

export const OutletList = () => {
  const { identity, isPending } = useGetIdentity();
  const bulkActions = useBulkActions();
  // The default filter is read once, when the list mounts: it waits for the identity.
  if (isPending) return null;
  return (
    <List exporter={csvExporter} filters={filters} filterDefaultValues={ownRegionFilter(identity)} sort={{ field: 'name', order: 'ASC' }}>
      <DataTable rowClick="show" bulkActionButtons={bulkActions}>
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
};
