import { DataTable, List, ReferenceField, SelectField, SelectInput } from 'react-admin';
import { planStatusChoices } from '../common/choices';
import { LocaleDateField } from '../common/LocaleDateField';

const filters = [<SelectInput key="status" source="status" choices={planStatusChoices} alwaysOn />];

export const MediaPlanList = () => (
  <List filters={filters} sort={{ field: 'year', order: 'DESC' }}>
    <DataTable>
      <DataTable.Col source="year" />
      <DataTable.Col source="title" />
      <DataTable.Col source="regionId">
        <ReferenceField source="regionId" reference="regions" link={false} />
      </DataTable.Col>
      <DataTable.Col source="status">
        <SelectField source="status" choices={planStatusChoices} />
      </DataTable.Col>
      <DataTable.Col source="submittedAt">
        <LocaleDateField source="submittedAt" />
      </DataTable.Col>
      <DataTable.Col source="approvedAt">
        <LocaleDateField source="approvedAt" />
      </DataTable.Col>
    </DataTable>
  </List>
);
