import { DataTable, List, ReferenceField, ReferenceInput, SimpleList } from 'react-admin';
import { useBulkActions } from '../common/useBulkActions';
import { LIST_DEFAULTS } from '../common/ListPagination';
import { WorkbookListActions } from '../common/WorkbookListActions';
import { BooleanCol, ReferenceCol, searchFilter, ShowLinkCol } from '../common/listParts';
import { RowsOrCards } from '../common/RowsOrCards';
import { usePhoneFilters } from '../common/usePhoneFilters';

const filters = [searchFilter, <ReferenceInput key="outletId" source="outletId" reference="outlets" alwaysOn />];

const rubricCards = (
  <SimpleList<{ id: number; name: string }>
    rowClick="show"
    primaryText={(record) => record.name}
    secondaryText={<ReferenceField source="outletId" reference="outlets" link={false} />}
  />
);

export const RubricList = () => (
  <List
    {...LIST_DEFAULTS}
    exporter={false}
    actions={<WorkbookListActions />}
    filters={usePhoneFilters(filters)}
    sort={{ field: 'name', order: 'ASC' }}
  >
    <RowsOrCards cards={rubricCards}>
      <DataTable rowClick="show" bulkActionButtons={useBulkActions()}>
        <ShowLinkCol source="name" />
        <ReferenceCol source="outletId" reference="outlets" />
        <ReferenceCol source="specialProjectId" reference="special-projects" />
        <BooleanCol source="active" />
      </DataTable>
    </RowsOrCards>
  </List>
);
