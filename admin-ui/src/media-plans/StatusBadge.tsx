import { Chip, ChipProps } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { PlanStatus } from '../../../contracts/codes';
import type { MediaPlan } from '../../../contracts/media-plans';

const colors: Record<PlanStatus, ChipProps['color']> = {
  draft: 'default',
  submitted: 'info',
  returned: 'warning',
  approved: 'success',
};

export const StatusChip = ({ status }: { status: PlanStatus | null }) => {
  const translate = useTranslate();
  if (!status) return <Chip size="small" variant="outlined" label={translate('app.plans.no_plan')} />;
  return (
    <Chip
      size="small"
      color={colors[status]}
      label={translate(`app.planStatus.${status}`)}
      data-testid="plan-status"
      data-status={status}
    />
  );
};

/** The status of the record in context, for lists and show pages. */
export const StatusBadge = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<MediaPlan>();
  return record ? <StatusChip status={record.status} /> : null;
};
