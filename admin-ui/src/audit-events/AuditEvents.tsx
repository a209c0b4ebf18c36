import { DataTable } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { AuditActionField } from './AuditActionField';
import { AuditChangesField } from './AuditChangesField';
import { AuditCommentField } from './AuditCommentField';
import { AuditEventCards, useAuditCards } from './AuditEventCard';
import { AuditRecordField } from './AuditRecordField';
import { AuditRegionField } from './AuditRegionField';
import { AuditUserField } from './AuditUserField';

/**
 * The events of the list in context: a table's rows, or cards on a phone. A record's own history leaves out the
 * record and its region (`withRecord` false).
 */
export const AuditEvents = ({ withRecord, testId }: { withRecord: boolean; testId?: string }) => {
  const phone = useAuditCards();
  if (phone) return <AuditEventCards withRecord={withRecord} />;
  return (
    <DataTable bulkActionButtons={false} data-testid={testId}>
      <DataTable.Col source="at">
        <LocaleDateField source="at" showTime />
      </DataTable.Col>
      <DataTable.Col source="userId">
        <AuditUserField />
      </DataTable.Col>
      <DataTable.Col source="action">
        <AuditActionField />
      </DataTable.Col>
      {withRecord && (
        <DataTable.Col source="recordId">
          <AuditRecordField />
        </DataTable.Col>
      )}
      {withRecord && (
        <DataTable.Col source="regionId">
          <AuditRegionField />
        </DataTable.Col>
      )}
      <DataTable.Col source="changes" disableSort>
        <AuditChangesField />
      </DataTable.Col>
      <DataTable.Col source="comment" disableSort>
        <AuditCommentField />
      </DataTable.Col>
    </DataTable>
  );
};
