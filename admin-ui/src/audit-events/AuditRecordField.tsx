import { FunctionField, Link, useTranslate } from 'react-admin';
import type { AuditEvent } from '../../../contracts/audit-events';
import { auditResources } from './auditChoices';

type AuditRecord = Partial<Pick<AuditEvent, 'resource' | 'recordId' | 'action'>>;

const linkable = new Set<string>(auditResources);

/** The changed record as "Resource #id", linked to its page unless it was deleted. */
export const AuditRecordField = () => {
  const translate = useTranslate();
  return (
    <FunctionField<AuditRecord>
      source="recordId"
      render={(record) => {
        const label = `${translate(`resources.${record.resource}.name`, { smart_count: 1, _: record.resource ?? '' })} #${record.recordId ?? ''}`;
        if (record.recordId == null || record.action === 'delete' || !linkable.has(record.resource ?? '')) return label;
        return <Link to={`/${record.resource}/${record.recordId}/show`}>{label}</Link>;
      }}
    />
  );
};
