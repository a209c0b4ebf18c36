import { Alert, AlertTitle, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormatTimestamp } from './useFormatTimestamp';
import type { MediaPlan } from '../../../contracts/media-plans';
import { usePlanPeople } from './useOverview';

const Stamp = ({ label, who, when }: { label: string; who?: string | null; when: string | null }) => {
  const translate = useTranslate();
  const format = useFormatTimestamp();
  if (!when) return null;
  return (
    <Typography variant="body2" color="text.secondary">
      {translate(label, { who: who ?? '—', when: format(when) })}
    </Typography>
  );
};

export const PlanStamps = ({ plan }: { plan: MediaPlan }) => {
  const translate = useTranslate();
  const people = usePlanPeople(plan.id, plan.year);
  return (
    <Stack spacing={0.5} data-testid="plan-stamps">
      <Stamp label="app.plans.stamps.submitted" who={people?.submittedBy} when={plan.submittedAt} />
      <Stamp label="app.plans.stamps.approved" who={people?.approvedBy} when={plan.approvedAt} />
      {plan.returnComment && (
        <Alert severity="warning" data-testid="return-comment">
          <AlertTitle>{translate('app.plans.stamps.returned')}</AlertTitle>
          {plan.returnComment}
        </Alert>
      )}
    </Stack>
  );
};
