import { Alert, AlertColor, AlertTitle, Typography } from '@mui/material';
import { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import type { PlanStatus } from '../../../contracts/codes';
import type { MediaPlan, WorkflowStep } from '../../../contracts/media-plans';
import { currentStep, PlanEvent } from './planHistory';
import { Byline, StepByline } from './StepByline';
import { useNewestStep } from './usePlanEvents';
import { usePlanPeople } from './useOverview';

/** What the banner tells: the plan's status, or for a draft that an approver opened again, that. */
type BannerState = Exclude<PlanStatus, 'draft'> | 'reopened';

const SEVERITY: Record<BannerState, AlertColor> = { reopened: 'info', submitted: 'info', returned: 'warning', approved: 'success' };
const TITLE_STEP: Record<BannerState, WorkflowStep> = { reopened: 'reopen', submitted: 'submit', returned: 'return', approved: 'approve' };

interface BannerProps {
  state: BannerState;
  comment: string | null;
  byline: ReactNode;
}

const Banner = ({ state, comment, byline }: BannerProps) => {
  const translate = useTranslate();
  return (
    <Alert severity={SEVERITY[state]} data-testid="plan-banner" data-state={state} sx={{ '& .MuiAlert-message': { minWidth: 0 } }}>
      <AlertTitle>{translate(`app.plans.history.actions.${TITLE_STEP[state]}`)}</AlertTitle>
      {comment && (
        <Typography
          variant="body1"
          data-testid={state === 'returned' ? 'return-comment' : 'step-comment'}
          sx={{ mb: 0.5, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        >
          {comment}
        </Typography>
      )}
      {byline}
    </Alert>
  );
};

/** The plan's present state as the step that led to it tells it: who, as what, when, and with what comment. */
const StepBanner = ({ plan, step }: { plan: MediaPlan; step: PlanEvent }) => (
  // A step that led to a draft is a reopening.
  <Banner state={plan.status === 'draft' ? 'reopened' : plan.status} comment={step.comment} byline={<StepByline event={step} />} />
);

/** The plan's present state from its own fields, for a reader who may not read its trail or while it reloads. */
const PlanFieldsBanner = ({ plan, named }: { plan: MediaPlan; named: boolean }) => {
  const stamped = plan.status === 'submitted' || plan.status === 'approved';
  const people = usePlanPeople(plan.id, named && stamped ? plan.year : undefined);
  if (plan.status === 'draft') return null;
  const byline =
    plan.status === 'submitted' ? (
      <Byline name={people?.submittedBy ?? null} at={plan.submittedAt} />
    ) : plan.status === 'approved' ? (
      <Byline name={people?.approvedBy ?? null} at={plan.approvedAt} />
    ) : null;
  return <Banner state={plan.status} comment={plan.status === 'returned' ? plan.returnComment : null} byline={byline} />;
};

/** One banner: the plan's present state only, never a comment of an earlier round. */
export const PlanBanner = ({ plan }: { plan: MediaPlan }) => {
  const { step: newest, isPending } = useNewestStep(plan);
  const step = currentStep(plan, newest);
  return (
    <div data-testid="plan-stamps">
      {step ? <StepBanner plan={plan} step={step} /> : <PlanFieldsBanner plan={plan} named={!isPending} />}
    </div>
  );
};
