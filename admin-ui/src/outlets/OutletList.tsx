import { BooleanInput, DataTable, List, SelectInput, useGetIdentity } from 'react-admin';
import { useBulkActions } from '../common/useBulkActions';
import type { ActorScope } from '../common/actorScope';
import { channelChoices, levelChoices } from '../common/choices';
import { csvExporter } from '../common/csvExport';
import { BooleanCol, ChoiceCol, namedReferenceFilter, ReferenceCol, searchFilter, ShowLinkCol } from '../common/listParts';

const filters = [
  searchFilter,
  <SelectInput key="kind" source="kind" choices={channelChoices} />,
  <SelectInput key="level" source="level" choices={levelChoices} />,
  namedReferenceFilter('regionId', 'regions', { perPage: 50 }),
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
        <ShowLinkCol source="name" />
        <ChoiceCol source="kind" choices={channelChoices} />
        <ChoiceCol source="level" choices={levelChoices} />
        <ReferenceCol source="regionId" reference="regions" link={false} />
        <BooleanCol source="active" />
      </DataTable>
    </List>
  );
};
