import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { AuditChanges, changeLines, codeGroupOf } from './auditChanges';

interface AuditRecord {
  resource?: string;
  changes?: AuditChanges | null;
}

export const AuditChangesField = () => {
  const record = useRecordContext<AuditRecord & { id: number }>();
  const translate = useTranslate();
  if (!record) return null;
  const translateCode = (field: string, code: string) => {
    const group = codeGroupOf(record.resource, field);
    return group ? translate(`app.${group}.${code}`, { _: code }) : code;
  };
  const lines = changeLines(record.changes, (flag) => translate(`ra.boolean.${flag}`), translateCode);
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }} data-testid="audit-changes">
      {lines.map(({ field, before, after }) => (
        <Typography component="li" variant="body2" key={field}>
          <strong>{translate(`resources.${record.resource}.fields.${field}`, { _: field })}</strong>: {before} → {after}
        </Typography>
      ))}
    </Box>
  );
};
