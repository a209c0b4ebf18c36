import { DataTable, List, ReferenceField, ReferenceInput, SelectField } from 'react-admin';
import { channelChoices, formatChoices } from '../common/choices';
import type { MediaPlanItem } from '../../../contracts/media-plans';
import { csvExporter } from '../common/csvExport';

// An item is edited in its plan's grid, so a click opens the plan.
const openPlan = (_id: unknown, _resource: string, record: MediaPlanItem) => `/media-plans/${record.mediaPlanId}/show`;

const filters = [<ReferenceInput key="mediaPlanId" source="mediaPlanId" reference="media-plans" alwaysOn />];

export const MediaPlanItemList = () => (
  <List exporter={csvExporter} filters={filters} sort={{ field: 'id', order: 'ASC' }}>
    <DataTable rowClick={openPlan} bulkActionButtons={false}>
      <DataTable.Col source="mediaPlanId">
        <ReferenceField source="mediaPlanId" reference="media-plans" link={false} />
      </DataTable.Col>
      <DataTable.Col source="topic" />
      <DataTable.Col source="format">
        <SelectField source="format" choices={formatChoices} />
      </DataTable.Col>
      <DataTable.Col source="channel">
        <SelectField source="channel" choices={channelChoices} />
      </DataTable.Col>
      <DataTable.Col source="outletId">
        <ReferenceField source="outletId" reference="outlets" link={false} />
      </DataTable.Col>
      <DataTable.Col source="plannedQuarter" />
      <DataTable.NumberCol source="plannedCount" />
      <DataTable.Col source="responsible" />
    </DataTable>
  </List>
);
