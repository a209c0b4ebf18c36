import { Button, Chip, Stack, TableCell, Typography } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import { formatDateTime } from '../i18n/dates';
import type { QuarterRow, QuarterStatus, QuarterStep } from '../../../contracts/quarters';

const STATUS_COLORS: Record<QuarterStatus, 'default' | 'info' | 'success' | 'warning'> = {
  open: 'default',
  submitted: 'info',
  approved: 'success',
  exception: 'warning',
};

interface QuarterCellProps {
  row: QuarterRow | undefined;
  steps: QuarterStep[];
  busy: boolean;
  onStep: (row: QuarterRow, step: QuarterStep) => void;
}

/** One region's quarter: its status, who moved it and when, and the steps the user may take. */
export const QuarterCell = ({ row, steps, busy, onStep }: QuarterCellProps) => {
  const translate = useTranslate();
  const locale = useLocale();
  if (!row) return <TableCell />;
  const when = (at: string | null) => (at ? formatDateTime(at, locale) : '');
  const stamps: [string, string | null, string | null][] = [
    ['submitted', row.submittedBy, row.submittedAt],
    ['approved', row.approvedBy, row.approvedAt],
    ['exception', row.exceptionBy, row.exceptionAt],
  ];
  return (
    <TableCell sx={{ verticalAlign: 'top' }} data-testid={`quarter-${row.regionId}-${row.quarter}`} data-status={row.status}>
      <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
        <Chip size="small" color={STATUS_COLORS[row.status]} label={translate(`app.quarterStatus.${row.status}`)} />
        {stamps
          .filter(([, who, at]) => who || at)
          .map(([key, who, at]) => (
            <Typography key={key} variant="caption" color="text.secondary">
              {translate(`app.quarters.stamps.${key}`, { who: who ?? '', when: when(at) })}
            </Typography>
          ))}
        {row.status === 'exception' && row.exceptionComment && (
          <Typography variant="caption" sx={{ fontStyle: 'italic' }}>
            «{row.exceptionComment}»
          </Typography>
        )}
        {steps.map((step) => (
          <Button
            key={step}
            size="small"
            variant="outlined"
            disabled={busy}
            onClick={() => onStep(row, step)}
            data-testid={`quarter-step-${step}`}
          >
            {translate(`app.quarterStep.${step}`)}
          </Button>
        ))}
      </Stack>
    </TableCell>
  );
};
