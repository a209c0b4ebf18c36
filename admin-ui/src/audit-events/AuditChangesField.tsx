import { Box, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { AuditValue } from './AuditValue';
import type { AuditRecord } from '../../../contracts/audit-reading';
import { useAuditReading } from './useAuditReading';

/** A step as a sentence; an edit as its changed fields, a created record's values, or a deleted one's. */
export const AuditChangesField = () => {
  const record = useRecordContext<AuditRecord>();
  const reading = useAuditReading();
  if (!record) return null;
  const sentence = reading.sentence(record);
  return (
    <Box data-testid="audit-changes">
      {sentence ? (
        <Typography variant="body2" data-testid="audit-sentence">
          {sentence.text}
        </Typography>
      ) : (
        <Box component="ul" sx={{ m: 0, pl: 2 }}>
          {reading.lines(record).map(({ field, label, beforeParts, afterParts }) => (
            <Typography component="li" variant="body2" key={field}>
              <strong>{label}</strong>:{' '}
              {record.action === 'create' ? (
                <AuditValue parts={afterParts} />
              ) : record.action === 'delete' ? (
                <AuditValue parts={beforeParts} />
              ) : (
                <>
                  <AuditValue parts={beforeParts} /> → <AuditValue parts={afterParts} />
                </>
              )}
            </Typography>
          ))}
        </Box>
      )}
    </Box>
  );
};
