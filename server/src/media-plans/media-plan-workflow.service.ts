import { ConflictException, ForbiddenException, HttpException, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { audit } from '../common/audit';
import { Actor } from '../common/actor';
import { PlanStatus } from '../../../contracts/codes';
import type { BulkResult as BulkOutcome, WorkflowStep } from '../../../contracts/media-plans';
import { faultedRow, refusedRow } from '../common/row-outcome';
import { BulkStepDto } from './media-plan.dto';
import { MediaPlan } from './media-plan.entity';
import { keepSubmittedItems, lockedPlan, savePlan } from './media-plans.repository';
import { badField, notFound, refusal } from '../common/coded-error';

interface StepRule {
  from: readonly PlanStatus[];
  to: PlanStatus;
  needsComment: boolean;
  done: string;
}

const STEPS: Record<WorkflowStep, StepRule> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', needsComment: false, done: 'submitted' },
  approve: { from: ['submitted'], to: 'approved', needsComment: false, done: 'approved' },
  return: { from: ['submitted'], to: 'returned', needsComment: true, done: 'returned' },
  reopen: { from: ['approved'], to: 'draft', needsComment: true, done: 'reopened' },
};

/** Who may take a step: a region's own editor submits its plan; approvers decide, and own the republican plan. */
function assertMayTake(step: WorkflowStep, plan: MediaPlan, actor: Actor): void {
  if (actor.role === 'admin') return;
  if (step === 'submit') {
    const ownRegional = actor.role === 'rpo_editor' && plan.regionId !== null && plan.regionId === actor.regionId;
    const republican = actor.role === 'approver' && plan.regionId === null;
    if (!ownRegional && !republican)
      throw refusal(
        ForbiddenException,
        'plan.notOwnOffice',
        'Only the plan’s own office (or an approver, for the republican plan) submits it',
        {},
      );
    return;
  }
  if (actor.role !== 'approver')
    throw refusal(ForbiddenException, 'plan.approverOnly', `Only an approver may ${step} a media plan`, { step });
}

export type BulkResult = BulkOutcome<Date>;

@Injectable()
export class MediaPlanWorkflowService {
  constructor(private readonly ds: DataSource) {}

  /**
   * One step in one transaction; the plan row is locked so that parallel steps see each other's outcome. Given the
   * version the caller saw, a plan changed since is refused.
   */
  async step(id: number, step: WorkflowStep, actor: Actor, comment?: string, version?: number): Promise<MediaPlan> {
    return this.ds.transaction((m) => this.stepIn(m, id, step, actor, comment, version));
  }

  private async stepIn(
    m: EntityManager,
    id: number,
    step: WorkflowStep,
    actor: Actor,
    comment: string | undefined,
    version: number | undefined,
  ): Promise<MediaPlan> {
    const rule = STEPS[step];
    const text = comment?.trim() || null;
    if (rule.needsComment && !text) throw badField('comment', 'validation.required', `required to ${step} a plan`, {});
    const plan = await lockedPlan(m, id, 'pessimistic_write');
    if (!plan) throw notFound('media-plans', id);
    assertMayTake(step, plan, actor);
    if (!rule.from.includes(plan.status)) {
      throw refusal(
        ConflictException,
        'plan.stepNotAllowed',
        `A ${plan.status} plan cannot be ${rule.done} (only a ${rule.from.join(' or ')} one can)`,
        {
          status: plan.status,
          step,
        },
      );
    }
    if (version !== undefined && version !== plan.version) {
      throw refusal(ConflictException, 'version.conflict', `media-plans ${id} was changed by someone else; reload it`, {
        resource: 'media-plans',
        id,
      });
    }
    const before = plan.status;
    const now = new Date();
    plan.status = rule.to;
    plan.version += 1;
    if (step === 'submit') {
      plan.submittedAt = now;
      plan.submittedById = actor.id;
      await keepSubmittedItems(m, id, now, actor.id);
    } else if (step === 'approve') {
      plan.approvedAt = now;
      plan.approvedById = actor.id;
      plan.returnComment = null;
    } else if (step === 'return') {
      plan.returnComment = text;
    } else {
      plan.approvedAt = null;
      plan.approvedById = null;
    }
    const saved = await savePlan(m, plan);
    await audit(m, {
      userId: actor.id,
      action: step,
      resource: 'media-plans',
      recordId: id,
      regionId: plan.regionId,
      changes: { status: { before, after: rule.to } },
      comment: text,
    });
    return saved;
  }

  /** Each plan's step is its own transaction: one refusal, or one fault of the database, does not undo the others. */
  async bulk({ action, ids, versions, comment }: BulkStepDto, actor: Actor): Promise<{ results: BulkResult[] }> {
    if (versions !== undefined && versions.length !== ids.length)
      throw badField('versions', 'validation.invalid', 'give one version for each of ids', {});
    const seen = new Map<number, number | undefined>();
    ids.forEach((id, i) => {
      if (!seen.has(id)) seen.set(id, versions?.[i]);
    });
    const results: BulkResult[] = [];
    for (const [id, version] of seen) {
      try {
        results.push({ id, ok: true, statusCode: 200, plan: await this.step(id, action, actor, comment, version) });
      } catch (e) {
        results.push(e instanceof HttpException ? refusedRow(id, e) : faultedRow(id, 'media-plans', e));
      }
    }
    return { results };
  }
}
