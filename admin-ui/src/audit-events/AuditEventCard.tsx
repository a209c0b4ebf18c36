import { Box, Theme, Typography, useMediaQuery } from '@mui/material';
import { SimpleList } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { AuditActionField } from './AuditActionField';
import { AuditChangesField } from './AuditChangesField';
import { AuditCommentField } from './AuditCommentField';
import { AuditRecordField } from './AuditRecordField';
import { AuditUserField } from './AuditUserField';

/** An event on a phone, in one column: when and what, the record (unless the page is the record's), who, the changes and the comment. */
const AuditEventCard = ({ withRecord }: { withRecord: boolean }) => (
  <Box data-testid="audit-card" sx={{ display: 'grid', gap: 0.5, minWidth: 0, overflowWrap: 'anywhere' }}>
    <Typography variant="caption" color="text.secondary" component="div">
      <LocaleDateField source="at" showTime variant="caption" /> · <AuditActionField />
    </Typography>
    {withRecord && (
      <Typography variant="body2" component="div">
        <AuditRecordField />
      </Typography>
    )}
    <AuditUserField />
    <AuditChangesField />
    <Typography variant="body2" component="div" color="text.secondary">
      <AuditCommentField />
    </Typography>
  </Box>
);

/** Whether the screen is a phone's, where the events are cards instead of a table's rows. */
export const useAuditCards = (): boolean => useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));

export const AuditEventCards = ({ withRecord = true }: { withRecord?: boolean }) => (
  <SimpleList rowClick={false} primaryText={<AuditEventCard withRecord={withRecord} />} />
);
