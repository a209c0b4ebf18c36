import { Link, useRecordContext } from 'react-admin';
import type { AuditRecord } from '../../../contracts/audit-reading';
import { useAuditReading } from './useAuditReading';

/** The changed record by kind and name, linked to its page; by its number when it is gone. */
export const AuditRecordField = () => {
  const record = useRecordContext<AuditRecord>();
  const label = useAuditReading().recordLabel(record ?? { id: 0 });
  if (!label) return null;
  return label.to ? <Link to={label.to}>{label.text}</Link> : <>{label.text}</>;
};
