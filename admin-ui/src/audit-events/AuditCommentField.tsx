import { useRecordContext } from 'react-admin';
import type { AuditRecord } from '../../../contracts/audit-reading';
import { useAuditReading } from './useAuditReading';

/** The comment, unless the entry's sentence already says it (an import's file, a return's reason). */
export const AuditCommentField = () => {
  const record = useRecordContext<AuditRecord>();
  const reading = useAuditReading();
  if (!record?.comment || reading.sentence(record)?.quotesComment) return null;
  return <>{record.comment}</>;
};
