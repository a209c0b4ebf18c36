import type { PlanStatus } from '../../../contracts/codes';
import type { MediaPlan, WorkflowStep } from '../../../contracts/media-plans';
import type { ActorScope } from '../common/actorScope';

type PlanScope = Pick<MediaPlan, 'regionId' | 'status'>;

const EDITABLE: readonly PlanStatus[] = ['draft', 'returned'];

const STEP_FROM: Record<WorkflowStep, readonly PlanStatus[]> = {
  submit: ['draft', 'returned'],
  approve: ['submitted'],
  return: ['submitted'],
  reopen: ['approved'],
};

/** Mirrors the server's rule: an RPO editor owns their region's plan, an approver the republican one. */
export const ownsPlan = (plan: Pick<MediaPlan, 'regionId'>, actor: ActorScope): boolean =>
  actor.role === 'admin' ||
  (actor.role === 'rpo_editor' && plan.regionId !== null && plan.regionId === actor.regionId) ||
  (actor.role === 'approver' && plan.regionId === null);

export const isEditableStatus = (status: PlanStatus): boolean => EDITABLE.includes(status);

export const canEditPlan = (plan: PlanScope, actor: ActorScope): boolean => isEditableStatus(plan.status) && ownsPlan(plan, actor);

export const canDecide = (actor: ActorScope): boolean => actor.role === 'approver' || actor.role === 'admin';

export const canCreatePlan = (actor: ActorScope): boolean => ['rpo_editor', 'approver', 'admin'].includes(actor.role ?? '');

/** The workflow steps the actor may take on the plan in its current status. */
export const allowedSteps = (plan: PlanScope, actor: ActorScope): WorkflowStep[] =>
  (Object.keys(STEP_FROM) as WorkflowStep[]).filter(
    (step) => STEP_FROM[step].includes(plan.status) && (step === 'submit' ? ownsPlan(plan, actor) : canDecide(actor)),
  );

export const seesOverview = (actor: ActorScope): boolean => ['approver', 'admin', 'analyst'].includes(actor.role ?? '');
