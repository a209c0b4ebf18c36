import { useRecordContext } from 'react-admin';
import { AuditValue } from './AuditValue';
import type { AuditRecord } from '../../../contracts/audit-reading';
import { useAuditReading } from './useAuditReading';

/** The event's region by name in the UI's language, linked to it. */
export const AuditRegionField = () => {
  const record = useRecordContext<AuditRecord>();
  const reading = useAuditReading();
  if (!record || record.regionId == null) return null;
  return <AuditValue parts={[reading.nameOf(record)('regions', record.regionId) ?? { text: String(record.regionId) }]} />;
};
