import { DataTable, List, ReferenceInput } from 'react-admin';
import { channelChoices, formatChoices } from '../common/choices';
import type { MediaPlanItem } from '../../../contracts/media-plans';
import { csvExporter } from '../common/csvExport';
import { ChoiceCol, ReferenceCol } from '../common/listParts';

// An item is edited in its plan's grid, so a click opens the plan.
const openPlan = (_id: unknown, _resource: string, record: MediaPlanItem) => `/media-plans/${record.mediaPlanId}/show`;

const filters = [<ReferenceInput key="mediaPlanId" source="mediaPlanId" reference="media-plans" alwaysOn />];

export const MediaPlanItemList = () => (
  <List exporter={csvExporter} filters={filters} sort={{ field: 'id', order: 'ASC' }}>
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
  </List>
);
