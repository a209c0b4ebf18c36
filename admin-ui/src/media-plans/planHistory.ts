import type { AuditEvent } from '../../../contracts/audit-events';
import { WORKFLOW_STEPS, type MediaPlan, type WorkflowStep } from '../../../contracts/media-plans';

/** An audit event of a plan, with its acting user as the trail names them. */
export type PlanEvent = Pick<
  AuditEvent,
  'id' | 'at' | 'userId' | 'userName' | 'userRole' | 'userRegionId' | 'references' | 'action' | 'comment' | 'changes'
>;

export interface HistoryEntry {
  event: PlanEvent;
  from: string | null;
  to: string | null;
}

const asStatus = (value: unknown): string | null => (typeof value === 'string' ? value : null);

const STEPS = new Set<string>(WORKFLOW_STEPS);
export const isWorkflowStep = (action: string): action is WorkflowStep => STEPS.has(action);

/** Audit events as history lines: each with the status it moved the plan between. */
export const toHistory = (events: PlanEvent[]): HistoryEntry[] =>
  events.map((event) => ({ event, from: asStatus(event.changes?.status?.before), to: asStatus(event.changes?.status?.after) }));

/**
 * The workflow step that put the plan in its present status: the newest step, if it led to that status. Otherwise
 * (the trail not yet reloaded after a step, or a draft never submitted) none, and the plan's own fields speak.
 */
export const currentStep = (plan: Pick<MediaPlan, 'status'>, newest: PlanEvent | undefined): PlanEvent | null =>
  newest && isWorkflowStep(newest.action) && asStatus(newest.changes?.status?.after) === plan.status ? newest : null;
