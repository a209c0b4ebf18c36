import { BooleanInput, DataTable, List, ReferenceField, SelectField, SelectInput, SimpleList, useGetIdentity } from 'react-admin';
import { useBulkActions } from '../common/useBulkActions';
import type { ActorScope } from '../common/actorScope';
import { channelChoices, levelChoices } from '../common/choices';
import { LIST_DEFAULTS } from '../common/ListPagination';
import { WorkbookListActions } from '../common/WorkbookListActions';
import { BooleanCol, ChoiceCol, namedReferenceFilter, ReferenceCol, searchFilter, ShowLinkCol } from '../common/listParts';
import { RowsOrCards } from '../common/RowsOrCards';
import { usePhoneFilters } from '../common/usePhoneFilters';

const filters = [
  searchFilter,
  <SelectInput key="kind" source="kind" choices={channelChoices} />,
  <SelectInput key="level" source="level" choices={levelChoices} />,
  namedReferenceFilter('regionId', 'regions', { perPage: 50 }),
  <BooleanInput key="active" source="active" />,
];

// An RPO editor starts from their own region's outlets and may clear the filter to see the republican ones.
const ownRegionFilter = (user: ActorScope | undefined) => (user?.role === 'rpo_editor' && user.regionId ? { regionId: user.regionId } : {});

const outletCards = (
  <SimpleList<{ id: number; name: string }>
    rowClick="show"
    primaryText={(record) => record.name}
    secondaryText={
      <>
        <SelectField source="kind" choices={channelChoices} /> · <SelectField source="level" choices={levelChoices} /> ·{' '}
        <ReferenceField source="regionId" reference="regions" link={false} emptyText="—" />
      </>
    }
  />
);

export const OutletList = () => {
  const { identity, isPending } = useGetIdentity();
  const bulkActions = useBulkActions();
  const shownFilters = usePhoneFilters(filters);
  // The default filter is read once, when the list mounts: it waits for the identity.
  if (isPending) return null;
  return (
    <List
      {...LIST_DEFAULTS}
      exporter={false}
      actions={<WorkbookListActions />}
      filters={shownFilters}
      filterDefaultValues={ownRegionFilter(identity)}
      sort={{ field: 'name', order: 'ASC' }}
    >
      <RowsOrCards cards={outletCards}>
        <DataTable rowClick="show" bulkActionButtons={bulkActions}>
          <ShowLinkCol source="name" />
          <ChoiceCol source="kind" choices={channelChoices} />
          <ChoiceCol source="level" choices={levelChoices} />
          <ReferenceCol source="regionId" reference="regions" link={false} />
          <BooleanCol source="active" />
        </DataTable>
      </RowsOrCards>
    </List>
  );
};
