import { Identifier, Pagination, RecordContextProvider, ReferenceManyField, useRecordContext, useResourceContext } from 'react-admin';
import { AuditEvents } from './AuditEvents';

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
        <AuditEvents withRecord={false} testId="audit-history" />
      </ReferenceManyField>
    </RecordContextProvider>
  );
};
