import {
  DataTable,
  Identifier,
  Pagination,
  RecordContextProvider,
  ReferenceManyField,
  useRecordContext,
  useResourceContext,
} from 'react-admin';
import { AuditActionField } from './AuditActionField';
import { AuditChangesField } from './AuditChangesField';
import { AuditCommentField } from './AuditCommentField';
import { AuditUserField } from './AuditUserField';
import { LocaleDateField } from '../common/LocaleDateField';

interface AuditHistoryProps {
  /** Defaults to the resource of the page. */
  resource?: string;
  /** Defaults to the id of the record in context. */
  recordId?: Identifier;
}

/** The audit events of one record, newest first. */
export const AuditHistory = ({ resource, recordId }: AuditHistoryProps) => {
  const pageResource = useResourceContext();
  const record = useRecordContext();
  const id = recordId ?? record?.id;
  const auditedResource = resource ?? pageResource;
  if (id === undefined || !auditedResource) return null;
  return (
    <RecordContextProvider value={{ id }}>
      <ReferenceManyField
        reference="audit-events"
        target="recordId"
        filter={{ resource: auditedResource }}
        sort={{ field: 'at', order: 'DESC' }}
        perPage={25}
        pagination={<Pagination rowsPerPageOptions={[25]} />}
      >
        <DataTable bulkActionButtons={false} data-testid="audit-history">
          <DataTable.Col source="at">
            <LocaleDateField source="at" showTime />
          </DataTable.Col>
          <DataTable.Col source="userId">
            <AuditUserField />
          </DataTable.Col>
          <DataTable.Col source="action">
            <AuditActionField />
          </DataTable.Col>
          <DataTable.Col source="changes" disableSort>
            <AuditChangesField />
          </DataTable.Col>
          <DataTable.Col source="comment" disableSort>
            <AuditCommentField />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </RecordContextProvider>
  );
};
