import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { readRegion } from '../common/access-policy';
import { audit } from '../common/audit';
import { Actor } from '../common/actor';
import { ClosureStatus, QuarterClosure } from './quarter-closure.entity';
import { QuarterStatusRow, QuarterStep } from './quarters.dto';
import { insertSubmittedClosure, lockedClosure, quarterStatuses, updateClosure } from './quarters.repository';
import { badField, refusal } from '../common/coded-error';

type State = ClosureStatus | 'open';

const STEPS: Record<QuarterStep, { from: State; to: ClosureStatus; by: 'office' | 'approver'; needsComment: boolean }> = {
  submit: { from: 'open', to: 'submitted', by: 'office', needsComment: false },
  approve: { from: 'submitted', to: 'approved', by: 'approver', needsComment: false },
  exception: { from: 'approved', to: 'exception', by: 'approver', needsComment: true },
  close: { from: 'exception', to: 'approved', by: 'approver', needsComment: false },
};

@Injectable()
export class QuartersService {
  constructor(private readonly ds: DataSource) {}

  /** Regions of the year × quarters, each with its closing status (open when nothing was submitted). */
  async overview(year: number, actor: Actor): Promise<QuarterStatusRow[]> {
    const region = readRegion('materials', actor);
    return quarterStatuses(this.ds.manager, year, region === 'any' ? null : region);
  }

  async step(
    step: QuarterStep,
    input: { regionId?: number; year: number; quarter: number; comment?: string },
    actor: Actor,
  ): Promise<QuarterStatusRow> {
    const rule = STEPS[step];
    const regionId = input.regionId ?? actor.regionId;
    if (regionId === null || regionId === undefined) throw badField('regionId', 'validation.required', 'required', {});
    const comment = input.comment?.trim() || null;
    if (rule.needsComment && !comment) throw badField('comment', 'validation.required', `required for a ${step}`, {});
    if (rule.by === 'office') {
      const own = actor.role === 'rpo_editor' && actor.regionId === regionId;
      if (!own && actor.role !== 'admin')
        throw refusal(ForbiddenException, 'quarter.notOwnOffice', "Only the region's own office submits its quarter", {});
      const quarterEnd = new Date(Date.UTC(input.year, input.quarter * 3, 1));
      if (quarterEnd > new Date())
        throw refusal(ConflictException, 'quarter.notEnded', `Q${input.quarter} ${input.year} has not ended yet`, {
          quarter: input.quarter,
          year: input.year,
        });
    } else if (actor.role !== 'approver' && actor.role !== 'admin') {
      throw refusal(ForbiddenException, 'quarter.approverOnly', `Only an approver may ${step} a quarter`, { step });
    }
    await this.ds.transaction(async (m) => {
      const key = { regionId, year: input.year, quarter: input.quarter };
      const current = await lockedClosure(m, key);
      const state: State = current?.status ?? 'open';
      if (state !== rule.from)
        throw refusal(
          ConflictException,
          'quarter.stepNotAllowed',
          `Q${input.quarter} ${input.year} is ${state}: it cannot take the step "${step}"`,
          {
            quarter: input.quarter,
            year: input.year,
            status: state,
            step,
          },
        );
      const now = new Date();
      if (!current) {
        await insertSubmittedClosure(m, key, now, actor.id);
      } else {
        const stamp: Partial<QuarterClosure> =
          step === 'approve' || step === 'close'
            ? { approvedAt: now, approvedById: actor.id }
            : { exceptionAt: now, exceptionById: actor.id, exceptionComment: comment };
        await updateClosure(m, current.id, { ...stamp, status: rule.to, version: current.version + 1 });
      }
      await audit(m, {
        userId: actor.id,
        action: `quarter_${step}`,
        resource: 'quarters',
        recordId: current?.id ?? null,
        regionId,
        changes: { [`${input.year}-Q${input.quarter}`]: { before: state, after: rule.to } },
        comment,
      });
    });
    const rows = await quarterStatuses(this.ds.manager, input.year, regionId);
    const row = rows.find((r) => r.quarter === input.quarter);
    if (!row) throw badField('regionId', 'quarter.noRegion', 'no such region in that year', {});
    return row;
  }
}
