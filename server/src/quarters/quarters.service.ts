import { BadRequestException, ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { readRegion } from '../common/access-policy';
import { audit } from '../common/audit';
import { Actor } from '../common/actor';
import { ClosureStatus, QuarterClosure } from './quarter-closure.entity';
import { QuarterStatusRow, QuarterStep } from './quarters.dto';

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
    return this.ds.query(
      `SELECT r.id AS "regionId", $1::int AS year, q AS quarter, coalesce(c.status, 'open') AS status,
              c.submitted_at AS "submittedAt", su.full_name AS "submittedBy", c.approved_at AS "approvedAt",
              au.full_name AS "approvedBy", c.exception_at AS "exceptionAt", eu.full_name AS "exceptionBy",
              c.exception_comment AS "exceptionComment", c.version
         FROM regions r
        CROSS JOIN generate_series(1, 4) AS q
         LEFT JOIN quarter_closures c ON c.region_id = r.id AND c.year = $1 AND c.quarter = q
         LEFT JOIN users su ON su.id = c.submitted_by_id
         LEFT JOIN users au ON au.id = c.approved_by_id
         LEFT JOIN users eu ON eu.id = c.exception_by_id
        WHERE r.active_from <= make_date($1, 12, 31) AND (r.active_to IS NULL OR r.active_to >= make_date($1, 1, 1))
          AND ($2::int IS NULL OR r.id = $2)
        ORDER BY r.name_ru, q`,
      [year, region === 'any' ? null : region],
    );
  }

  async step(
    step: QuarterStep,
    input: { regionId?: number; year: number; quarter: number; comment?: string },
    actor: Actor,
  ): Promise<QuarterStatusRow> {
    const rule = STEPS[step];
    const regionId = input.regionId ?? actor.regionId;
    if (regionId === null || regionId === undefined) throw new BadRequestException(['regionId: required']);
    const comment = input.comment?.trim() || null;
    if (rule.needsComment && !comment) throw new BadRequestException([`comment: required for a ${step}`]);
    if (rule.by === 'office') {
      const own = actor.role === 'rpo_editor' && actor.regionId === regionId;
      if (!own && actor.role !== 'admin') throw new ForbiddenException("Only the region's own office submits its quarter");
      const quarterEnd = new Date(Date.UTC(input.year, input.quarter * 3, 1));
      if (quarterEnd > new Date()) throw new ConflictException(`Q${input.quarter} ${input.year} has not ended yet`);
    } else if (actor.role !== 'approver' && actor.role !== 'admin') {
      throw new ForbiddenException(`Only an approver may ${step} a quarter`);
    }
    await this.ds.transaction(async (m) => {
      const key = [regionId, input.year, input.quarter];
      const current = await m.findOne(QuarterClosure, {
        where: { regionId, year: input.year, quarter: input.quarter },
        lock: { mode: 'pessimistic_write' },
      });
      const state: State = current?.status ?? 'open';
      if (state !== rule.from)
        throw new ConflictException(`Q${input.quarter} ${input.year} is ${state}: it cannot take the step "${step}"`);
      const now = new Date();
      if (!current) {
        await m.query(
          `INSERT INTO quarter_closures (region_id, year, quarter, status, submitted_at, submitted_by_id) VALUES ($1, $2, $3, 'submitted', $4, $5)`,
          [...key, now, actor.id],
        );
      } else {
        const stamp: Partial<QuarterClosure> =
          step === 'approve' || step === 'close'
            ? { approvedAt: now, approvedById: actor.id }
            : { exceptionAt: now, exceptionById: actor.id, exceptionComment: comment };
        await m.update(QuarterClosure, current.id, { ...stamp, status: rule.to, version: current.version + 1 });
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
    const rows = await this.overview(input.year, { ...actor, role: 'admin' });
    const row = rows.find((r) => r.regionId === regionId && r.quarter === input.quarter);
    if (!row) throw new BadRequestException(['regionId: no such region in that year']);
    return row;
  }
}
