import { useGetList } from 'react-admin';
import type { AuditEvent } from '../../../contracts/audit-events';
import { WORKFLOW_STEPS, type MediaPlan } from '../../../contracts/media-plans';

const ofPlan = (plan: MediaPlan) => ({ resource: 'media-plans', recordId: plan.id });

/** The plan's audit events, newest first: its workflow steps and edits. */
export const usePlanEvents = (plan: MediaPlan) =>
  useGetList<AuditEvent>('audit-events', {
    filter: ofPlan(plan),
    sort: { field: 'id', order: 'DESC' },
    pagination: { page: 1, perPage: 200 },
  });

/** The plan's newest workflow step, however many edits followed it. */
export const useNewestStep = (plan: MediaPlan) => {
  const { data, isPending } = useGetList<AuditEvent>('audit-events', {
    filter: { ...ofPlan(plan), action: [...WORKFLOW_STEPS] },
    sort: { field: 'id', order: 'DESC' },
    pagination: { page: 1, perPage: 1 },
  });
  return { step: data?.[0], isPending };
};
