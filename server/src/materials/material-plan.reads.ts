import { DataSource } from 'typeorm';
import { NAME_COLUMN } from '../common/names.dto';
import type { ItemExecution, OverviewRow } from '../../../contracts/media-plans';
import type { Locale } from '../../../contracts/codes';

/** An item of a plan with the materials linked to it, before its share is worked out. */
export type ItemCounts = Omit<ItemExecution, 'share'>;

/** A region's plan of the year with its items and linked materials, before its share is worked out. */
export type PlanOverviewCounts = Omit<OverviewRow<Date>, 'share'>;

/** A plan of the year against the materials linked to its items of one quarter. */
export interface PlanRow {
  name: string;
  status: string | null;
  items: number;
  planned: number;
  linked: number;
  fulfilled: number;
}

/** The day a plan item is due, as SQL over the item's alias and the plan's year: the end of its month, else of its quarter, else of the year. */
export const itemDueSql = (item: string, year: string): string =>
  `(CASE WHEN ${item}.planned_month IS NOT NULL THEN make_date(${year}, ${item}.planned_month, 1) + interval '1 month'
         WHEN ${item}.planned_quarter IS NOT NULL THEN make_date(${year}, ${item}.planned_quarter * 3 - 2, 1) + interval '3 months'
         ELSE make_date(${year} + 1, 1, 1)::timestamp END - interval '1 day')::date`;

/**
 * The items of a plan of `year` with the materials linked to them (of one region when given), each due at the end of
 * its month, else of its quarter, else of the year, and behind when due before `asOf` and not fulfilled.
 */
export function itemExecution(ds: DataSource, planId: number, year: number, asOf: string, regionId: number | null): Promise<ItemCounts[]> {
  return ds.query(
    `WITH per_item AS (
         SELECT i.id, i.topic, i.format, i.channel, i.planned_quarter, i.planned_month, i.planned_count,
                count(m.id)::int AS linked,
                ${itemDueSql('i', '$2')} AS due_on
           FROM media_plan_items i
           LEFT JOIN materials m ON m.media_plan_item_id = i.id AND ($4::int IS NULL OR m.region_id = $4)
          WHERE i.media_plan_id = $1
          GROUP BY i.id)
       SELECT id, topic, format, channel, planned_quarter AS "plannedQuarter", planned_month AS "plannedMonth",
              planned_count AS "plannedCount", linked, least(linked, planned_count) AS fulfilled,
              to_char(due_on, 'YYYY-MM-DD') AS "dueOn", (due_on < $3::date AND linked < planned_count) AS behind
         FROM per_item
        ORDER BY coalesce(planned_quarter, 5), planned_month NULLS LAST, id`,
    [planId, year, asOf, regionId],
  );
}

/** Every region active in the year (and the republican level, region null) with its plan, or none yet. */
export function planOverview(ds: DataSource, year: number, regionId: number | null): Promise<PlanOverviewCounts[]> {
  return ds.query(
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
       SELECT s.region_id AS "regionId", p.id AS "planId", p.version, p.title, p.status,
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
    [year, regionId],
  );
}

/** Items planned for the quarter (none: the whole year) in each region's plan of the year, against the materials linked to them. */
export function planVsFact(
  ds: DataSource,
  year: number,
  quarter: number | undefined,
  regionId: number | undefined,
  locale: Locale,
  republican: string,
): Promise<PlanRow[]> {
  return ds.query(
    `SELECT coalesce(r.${NAME_COLUMN[locale]}, $4) AS name, p.status,
              count(i.id)::int AS items, coalesce(sum(i.planned_count), 0)::int AS planned,
              coalesce(sum(l.linked), 0)::int AS linked, coalesce(sum(least(l.linked, i.planned_count)), 0)::int AS fulfilled
         FROM media_plans p
         LEFT JOIN regions r ON r.id = p.region_id
         LEFT JOIN media_plan_items i ON i.media_plan_id = p.id
              AND ($2::int IS NULL OR coalesce(i.planned_quarter, (i.planned_month + 2) / 3) = $2)
         LEFT JOIN LATERAL (SELECT count(*)::int AS linked FROM materials m WHERE m.media_plan_item_id = i.id) l ON true
        WHERE p.year = $1 AND ($3::int IS NULL OR p.region_id = $3)
        GROUP BY p.id, r.${NAME_COLUMN[locale]}
        ORDER BY p.region_id IS NOT NULL, 1`,
    [year, quarter ?? null, regionId ?? null, republican],
  );
}
