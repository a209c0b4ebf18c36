import { Box, Typography } from '@mui/material';
import { useAuditReading } from '../audit-events/useAuditReading';
import type { PlanEvent } from './planHistory';
import { useDateFormat } from '../common/useDateFormat';

interface BylineProps {
  name: string | null;
  /** The person's role and region. */
  details?: string;
  at: string | null;
}

/** Who took a step, as what, and when: Айгүл Серікова · Бекітуші · 05.12.2026, 14:30. */
export const Byline = ({ name, details, at }: BylineProps) => {
  const format = useDateFormat().dateTime;
  const parts = [
    name && (
      <Box component="span" key="name" data-testid="step-author" sx={{ fontWeight: 500, color: 'text.primary' }}>
        {name}
      </Box>
    ),
    details && (
      <span key="details" data-testid="step-role">
        {details}
      </span>
    ),
    at && (
      <time key="at" dateTime={at} data-testid="step-date">
        {format(at)}
      </time>
    ),
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return (
    <Typography variant="body2" color="text.secondary" data-testid="step-byline" sx={{ overflowWrap: 'anywhere' }}>
      {parts.flatMap((part, i) => (i === 0 ? [part] : [' · ', part]))}
    </Typography>
  );
};

/** The byline of a step of the trail, its person named as the trail names them. */
export const StepByline = ({ event }: { event: PlanEvent }) => {
  const reading = useAuditReading();
  return <Byline name={reading.person(event) || null} details={reading.personDetails(event)} at={event.at} />;
};
