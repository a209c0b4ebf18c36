import type { PlanStatus } from '../../../contracts/codes';

export type WorkflowStep = 'submit' | 'approve' | 'return' | 'reopen';

export interface MediaPlan {
  id: number;
  regionId: number | null;
  year: number;
  title: string;
  status: PlanStatus;
  submittedAt: string | null;
  submittedById: number | null;
  approvedAt: string | null;
  approvedById: number | null;
  returnComment: string | null;
  version: number;
}

export interface OverviewRow {
  regionId: number | null;
  planId: number | null;
  title: string | null;
  status: PlanStatus | null;
  submittedAt: string | null;
  submittedById: number | null;
  submittedBy: string | null;
  approvedAt: string | null;
  approvedById: number | null;
  approvedBy: string | null;
  items: number;
  planned: number;
  linked: number;
  fulfilled: number;
  share: number;
  reopenCount: number;
  changesAfterApproval: number;
}

export interface BulkResult {
  id: number;
  ok: boolean;
  statusCode: number;
  message?: string;
}

/** The signed-in user as far as plan rules go (react-admin's identity carries more). */
export interface Actor {
  role?: string;
  regionId?: number | null;
  [key: string]: unknown;
}
