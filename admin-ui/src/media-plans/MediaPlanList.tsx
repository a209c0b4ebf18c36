import {
  CreateButton,
  DataTable,
  FilterButton,
  List,
  NumberInput,
  SelectInput,
  SimpleList,
  TopToolbar,
  useGetIdentity,
  useRecordContext,
} from 'react-admin';
import { planStatusChoices } from '../common/choices';
import { DateCol, namedReferenceFilter, ShowLinkCol } from '../common/listParts';
import { canCreatePlan } from './planAccess';
import { RegionLabel } from './RegionLabel';
import { StatusBadge } from './StatusBadge';
import type { MediaPlan } from '../../../contracts/media-plans';
import { WorkbookExportButton } from '../common/WorkbookExportButton';
import { LIST_DEFAULTS } from '../common/ListPagination';
import { RowsOrCards } from '../common/RowsOrCards';
import { usePhone } from '../common/usePhone';
import { usePhoneFilters } from '../common/usePhoneFilters';

const filters = [
  <NumberInput key="year" source="year" alwaysOn />,
  namedReferenceFilter('regionId', 'regions', { perPage: 50, alwaysOn: true }),
  <SelectInput key="status" source="status" choices={planStatusChoices} alwaysOn />,
];

const PlanRegion = () => {
  const record = useRecordContext<MediaPlan>();
  return record ? <RegionLabel regionId={record.regionId} /> : null;
};

const ListActions = () => {
  const { identity } = useGetIdentity();
  return (
    <TopToolbar>
      {usePhone() && <FilterButton />}
      {identity && canCreatePlan(identity) && <CreateButton />}
      <WorkbookExportButton list="media-plans" />
    </TopToolbar>
  );
};

/** A plan on a phone: its title, then its year, region and status. */
const planCards = (
  <SimpleList<MediaPlan>
    rowClick="show"
    primaryText={(record) => record.title}
    secondaryText={(record) => (
      <>
        {record.year} · <RegionLabel regionId={record.regionId} /> <StatusBadge />
      </>
    )}
  />
);

export const MediaPlanList = () => (
  <List
    {...LIST_DEFAULTS}
    exporter={false}
    filters={usePhoneFilters(filters)}
    actions={<ListActions />}
    sort={{ field: 'year', order: 'DESC' }}
  >
    <RowsOrCards cards={planCards}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="year" />
        <DataTable.Col source="regionId">
          <PlanRegion />
        </DataTable.Col>
        <ShowLinkCol source="title" />
        <DataTable.Col source="status">
          <StatusBadge />
        </DataTable.Col>
        <DateCol source="submittedAt" />
        <DateCol source="approvedAt" />
      </DataTable>
    </RowsOrCards>
  </List>
);
