import { Alert, LinearProgress, Paper, Stack, Theme, Typography, useMediaQuery } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { MediaPlan } from '../../../contracts/media-plans';
import { HistoryEntry, toHistory } from './planHistory';
import { HistoryComment, PlanHistoryTable, useEntryText } from './PlanHistoryTable';
import { StepByline } from './StepByline';
import { usePlanEvents } from './usePlanEvents';

/** The plan's workflow steps and edits, newest first, from the audit trail: who, when, and with what comment. */
export const PlanHistory = () => {
  const plan = useRecordContext<MediaPlan>();
  return plan ? <History plan={plan} /> : null;
};

const History = ({ plan }: { plan: MediaPlan }) => {
  const translate = useTranslate();
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const { data, isPending, error } = usePlanEvents(plan);
  if (isPending) return <LinearProgress />;
  if (error) return <Alert severity="error">{translate('app.plans.history.error')}</Alert>;
  const entries = toHistory(data ?? []);
  return phone ? <HistoryCards entries={entries} /> : <PlanHistoryTable entries={entries} />;
};

/** On a phone, one card a line: the step and status change, the byline, the comment. */
const HistoryCards = ({ entries }: { entries: HistoryEntry[] }) => {
  const text = useEntryText();
  return (
    <Stack spacing={1} data-testid="plan-history">
      {entries.map((entry) => (
        <Paper key={entry.event.id} variant="outlined" sx={{ p: 1.5 }} data-testid={`history-${entry.event.action}`}>
          <Typography variant="subtitle2">{text.action(entry)}</Typography>
          {entry.from && (
            <Typography variant="body2" color="text.secondary">
              {text.status(entry)}
            </Typography>
          )}
          <HistoryComment text={entry.event.comment} />
          <StepByline event={entry.event} />
        </Paper>
      ))}
    </Stack>
  );
};
