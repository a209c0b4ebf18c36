import { DataTable, List, usePermissions } from 'react-admin';
import { ListPagination } from '../common/ListPagination';
import { LocaleDateField } from '../common/LocaleDateField';
import { AuditActionField } from './AuditActionField';
import { AuditChangesField } from './AuditChangesField';
import { AuditCommentField } from './AuditCommentField';
import { useAuditExporter } from './auditExport';
import { useAuditEventFilters } from './AuditEventFilters';
import { AuditRecordField } from './AuditRecordField';
import { AuditRegionField } from './AuditRegionField';
import { AuditUserField } from './AuditUserField';

export const AuditEventList = () => {
  const { permissions } = usePermissions();
  const exporter = useAuditExporter();
  return (
    <List
      exporter={exporter}
      filters={useAuditEventFilters(permissions)}
      sort={{ field: 'at', order: 'DESC' }}
      perPage={25}
      pagination={<ListPagination />}
    >
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="at">
          <LocaleDateField source="at" showTime />
        </DataTable.Col>
        <DataTable.Col source="userId">
          <AuditUserField />
        </DataTable.Col>
        <DataTable.Col source="action">
          <AuditActionField />
        </DataTable.Col>
        <DataTable.Col source="recordId">
          <AuditRecordField />
        </DataTable.Col>
        <DataTable.Col source="regionId">
          <AuditRegionField />
        </DataTable.Col>
        <DataTable.Col source="changes" disableSort>
          <AuditChangesField />
        </DataTable.Col>
        <DataTable.Col source="comment" disableSort>
          <AuditCommentField />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
