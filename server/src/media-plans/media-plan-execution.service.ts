import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertReadable, readRegion } from '../common/access-policy';
import { Actor } from '../common/actor';
import type { ItemExecution, OverviewRow, PeriodExecution, PlanExecution } from '../../../contracts/media-plans';
import { MediaPlan } from './media-plan.entity';

export type PlanOverviewRow = OverviewRow<Date>;

const share = (done: number, planned: number) => (planned > 0 ? Math.round((done / planned) * 1000) / 1000 : 0);

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

@Injectable()
export class MediaPlanExecutionService {
  constructor(private readonly ds: DataSource) {}

  async execution(id: number, actor: Actor, asOf = today()): Promise<PlanExecution> {
    const plan = await this.ds.getRepository(MediaPlan).findOneBy({ id });
    if (!plan) throw new NotFoundException(`media-plans ${id} not found`);
    assertReadable('media-plans', actor, plan.regionId, id);
    // The republican plan is readable by every region, its facts only as far as the reader's own materials go.
    const materialsRegion = readRegion('materials', actor);
    // An item is due at the end of its month, else of its quarter, else of the plan's year.
    const items: ItemExecution[] = await this.ds.query(
      `WITH per_item AS (
         SELECT i.id, i.topic, i.format, i.channel, i.planned_quarter, i.planned_month, i.planned_count,
                count(m.id)::int AS linked,
                (CASE WHEN i.planned_month IS NOT NULL THEN make_date($2, i.planned_month, 1) + interval '1 month'
                      WHEN i.planned_quarter IS NOT NULL THEN make_date($2, i.planned_quarter * 3 - 2, 1) + interval '3 months'
                      ELSE make_date($2 + 1, 1, 1)::timestamp END - interval '1 day')::date AS due_on
           FROM media_plan_items i
           LEFT JOIN materials m ON m.media_plan_item_id = i.id AND ($4::int IS NULL OR m.region_id = $4)
          WHERE i.media_plan_id = $1
          GROUP BY i.id)
       SELECT id, topic, format, channel, planned_quarter AS "plannedQuarter", planned_month AS "plannedMonth",
              planned_count AS "plannedCount", linked, least(linked, planned_count) AS fulfilled,
              to_char(due_on, 'YYYY-MM-DD') AS "dueOn", (due_on < $3::date AND linked < planned_count) AS behind
         FROM per_item
        ORDER BY coalesce(planned_quarter, 5), planned_month NULLS LAST, id`,
      [id, plan.year, asOf, materialsRegion === 'any' ? null : materialsRegion],
    );
    for (const item of items) item.share = share(item.linked, item.plannedCount);
    const sum = (rows: ItemExecution[]): PeriodExecution => {
      const planned = rows.reduce((s, r) => s + r.plannedCount, 0);
      const fulfilled = rows.reduce((s, r) => s + r.fulfilled, 0);
      return { planned, linked: rows.reduce((s, r) => s + r.linked, 0), fulfilled, share: share(fulfilled, planned) };
    };
    const quarterKeys = [...new Set(items.map((i) => i.plannedQuarter))];
    return {
      planId: plan.id,
      year: plan.year,
      status: plan.status,
      asOf,
      totals: { ...sum(items), items: items.length, behind: items.filter((i) => i.behind).length },
      quarters: quarterKeys.map((quarter) => ({ quarter, ...sum(items.filter((i) => i.plannedQuarter === quarter)) })),
      items,
    };
  }

  /** Every region of the year (and the republican level) with its plan, or none yet. */
  async overview(year: number, actor: Actor): Promise<PlanOverviewRow[]> {
    const region = readRegion('media-plans', actor);
    const rows: PlanOverviewRow[] = await this.ds.query(
      `WITH scope AS (
         SELECT id AS region_id, name_ru FROM regions
          WHERE active_from <= make_date($1, 12, 31) AND (active_to IS NULL OR active_to >= make_date($1, 1, 1))
         UNION ALL SELECT NULL, NULL),
       items AS (
         SELECT i.media_plan_id, count(*)::int AS items, sum(i.planned_count)::int AS planned,
                sum(coalesce(l.linked, 0))::int AS linked, sum(least(coalesce(l.linked, 0), i.planned_count))::int AS fulfilled
           FROM media_plan_items i
           JOIN media_plans p ON p.id = i.media_plan_id AND p.year = $1
           LEFT JOIN (SELECT media_plan_item_id, count(*) AS linked FROM materials
                       WHERE media_plan_item_id IS NOT NULL GROUP BY 1) l ON l.media_plan_item_id = i.id
          GROUP BY i.media_plan_id),
       steps AS (
         SELECT a.record_id,
                count(*) FILTER (WHERE a.action = 'reopen')::int AS reopens,
                count(*) FILTER (WHERE a.action IN ('reopen', 'submit', 'approve', 'return')
                                   AND a.at > (SELECT min(b.at) FROM audit_events b
                                                WHERE b.resource = 'media-plans' AND b.record_id = a.record_id AND b.action = 'approve'))::int AS after_approval
           FROM audit_events a
          WHERE a.resource = 'media-plans'
          GROUP BY a.record_id)
       SELECT s.region_id AS "regionId", p.id AS "planId", p.title, p.status,
              p.submitted_at AS "submittedAt", p.submitted_by_id AS "submittedById", su.full_name AS "submittedBy",
              p.approved_at AS "approvedAt", p.approved_by_id AS "approvedById", au.full_name AS "approvedBy",
              coalesce(i.items, 0) AS items, coalesce(i.planned, 0) AS planned, coalesce(i.linked, 0) AS linked,
              coalesce(i.fulfilled, 0) AS fulfilled, coalesce(st.reopens, 0) AS "reopenCount",
              coalesce(st.after_approval, 0) AS "changesAfterApproval"
         FROM scope s
         LEFT JOIN media_plans p ON p.year = $1 AND p.region_id IS NOT DISTINCT FROM s.region_id
         LEFT JOIN users su ON su.id = p.submitted_by_id
         LEFT JOIN users au ON au.id = p.approved_by_id
         LEFT JOIN items i ON i.media_plan_id = p.id
         LEFT JOIN steps st ON st.record_id = p.id
        WHERE $2::int IS NULL OR s.region_id = $2
        ORDER BY s.region_id IS NOT NULL, s.name_ru`,
      [year, region === 'any' ? null : region],
    );
    return rows.map((r) => ({ ...r, share: share(r.fulfilled, r.planned) }));
  }
}
