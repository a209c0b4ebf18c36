import { Box, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { AuditRecord, useAuditChangeLines } from './useAuditChangeLines';

export const AuditChangesField = () => {
  const record = useRecordContext<AuditRecord>();
  const linesOf = useAuditChangeLines();
  if (!record) return null;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }} data-testid="audit-changes">
      {linesOf(record).map(({ field, label, before, after }) => (
        <Typography component="li" variant="body2" key={field}>
          <strong>{label}</strong>: {before} → {after}
        </Typography>
      ))}
    </Box>
  );
};
