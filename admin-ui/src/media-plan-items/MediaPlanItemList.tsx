import { DataTable, List, RaRecord, ReferenceField, ReferenceInput, SimpleList, useTranslate } from 'react-admin';
import { periodLabel } from './periodLabel';
import { channelChoices, formatChoices } from '../common/choices';
import type { MediaPlanItem } from '../../../contracts/media-plans';
import { LIST_DEFAULTS } from '../common/ListPagination';
import { WorkbookListActions } from '../common/WorkbookListActions';
import { ChoiceCol, ReferenceCol } from '../common/listParts';
import { RowsOrCards } from '../common/RowsOrCards';
import { usePhoneFilters } from '../common/usePhoneFilters';

// An item is edited in its plan's grid, so a click opens the plan.
const openPlan = (_id: unknown, _resource: string, record: RaRecord) => `/media-plans/${record.mediaPlanId}/show`;

const filters = [<ReferenceInput key="mediaPlanId" source="mediaPlanId" reference="media-plans" alwaysOn />];

const ItemPeriod = ({ item }: { item: MediaPlanItem }) => {
  const translate = useTranslate();
  return <>{translate(...periodLabel(item))}</>;
};

/** An item on a phone: its topic, then its plan and the quarter or month it is due. */
const itemCards = (
  <SimpleList<MediaPlanItem>
    rowClick={openPlan}
    primaryText={(record) => record.topic}
    secondaryText={(record) => (
      <>
        <ReferenceField source="mediaPlanId" reference="media-plans" link={false} /> · <ItemPeriod item={record} />
      </>
    )}
  />
);

export const MediaPlanItemList = () => (
  <List
    {...LIST_DEFAULTS}
    exporter={false}
    actions={<WorkbookListActions />}
    filters={usePhoneFilters(filters)}
    sort={{ field: 'id', order: 'ASC' }}
  >
    <RowsOrCards cards={itemCards}>
      <DataTable rowClick={openPlan} bulkActionButtons={false}>
        <ReferenceCol source="mediaPlanId" reference="media-plans" link={false} />
        <DataTable.Col source="topic" />
        <ChoiceCol source="format" choices={formatChoices} />
        <ChoiceCol source="channel" choices={channelChoices} />
        <ReferenceCol source="outletId" reference="outlets" link={false} />
        <DataTable.Col source="plannedQuarter" />
        <DataTable.NumberCol source="plannedCount" />
        <DataTable.Col source="responsible" />
      </DataTable>
    </RowsOrCards>
  </List>
);
