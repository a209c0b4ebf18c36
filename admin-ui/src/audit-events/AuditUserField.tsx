import { Box, Typography } from '@mui/material';
import { Link, useCreatePath, usePermissions, useRecordContext } from 'react-admin';
import type { AuditRecord } from '../../../contracts/audit-reading';
import { useAuditReading } from './useAuditReading';

/** Who acted, by name (a link to the account for an admin), with their role and region below. */
export const AuditUserField = () => {
  const record = useRecordContext<AuditRecord>();
  const reading = useAuditReading();
  const createPath = useCreatePath();
  const { permissions } = usePermissions();
  if (!record || record.userId == null) return null;
  const name = reading.person(record);
  const details = reading.personDetails(record);
  return (
    <Box data-testid="audit-user">
      <Typography variant="body2">
        {permissions === 'admin' && record.userName ? (
          <Link to={createPath({ resource: 'users', id: record.userId, type: 'show' })}>{name}</Link>
        ) : (
          name
        )}
      </Typography>
      {details && (
        <Typography variant="caption" color="text.secondary">
          {details}
        </Typography>
      )}
    </Box>
  );
};
