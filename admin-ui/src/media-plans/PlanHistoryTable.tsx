import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useAuditReading } from '../audit-events/useAuditReading';
import type { HistoryEntry } from './planHistory';
import { useDateFormat } from '../common/useDateFormat';

/** An entry's step and the status change it made, in the UI language. */
export const useEntryText = () => {
  const translate = useTranslate();
  return {
    action: ({ event }: HistoryEntry) => translate(`app.plans.history.actions.${event.action}`, { _: event.action }),
    status: ({ from, to }: HistoryEntry) =>
      from && to ? `${translate(`app.planStatus.${from}`)} → ${translate(`app.planStatus.${to}`)}` : '',
  };
};

export const HistoryComment = ({ text }: { text: string | null }) =>
  text ? (
    <Typography variant="body2" data-testid="history-comment" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {text}
    </Typography>
  ) : null;

const HEADERS = ['at', 'action', 'who', 'status'].map((key) => `app.plans.history.${key}`).concat('app.plans.comment');

/** The history on a wide screen: one row an entry. */
export const PlanHistoryTable = ({ entries }: { entries: HistoryEntry[] }) => {
  const translate = useTranslate();
  const format = useDateFormat().dateTime;
  const reading = useAuditReading();
  const text = useEntryText();
  return (
    <Table size="small" data-testid="plan-history">
      <TableHead>
        <TableRow>
          {HEADERS.map((header) => (
            <TableCell key={header}>{translate(header)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {entries.map((entry) => (
          <TableRow key={entry.event.id} data-testid={`history-${entry.event.action}`}>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              <time dateTime={entry.event.at} data-testid="step-date">
                {format(entry.event.at)}
              </time>
            </TableCell>
            <TableCell>{text.action(entry)}</TableCell>
            <TableCell>
              <Typography variant="body2" data-testid="step-author">
                {reading.person(entry.event) || '—'}
              </Typography>
              <Typography variant="caption" color="text.secondary" data-testid="step-role">
                {reading.personDetails(entry.event)}
              </Typography>
            </TableCell>
            <TableCell>{text.status(entry)}</TableCell>
            <TableCell>
              <HistoryComment text={entry.event.comment} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
