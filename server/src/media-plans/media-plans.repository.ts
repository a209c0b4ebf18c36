import { EntityManager, IsNull } from 'typeorm';
import type { SubmittedItem } from '../../../contracts/media-plans';
import { MediaPlan } from './media-plan.entity';

/*
 * The statements over media_plans, media_plan_items and the items' audience links, besides the common CRUD cycle's
 * (common/crud.service.ts) and the reads of plan execution, which count materials.
 */

export function planById(m: EntityManager, id: number): Promise<MediaPlan | null> {
  return m.findOneBy(MediaPlan, { id });
}

/** The plan, its row locked until the transaction ends: shared while its items change, exclusive for a workflow step. */
export function lockedPlan(m: EntityManager, id: number, mode: 'pessimistic_read' | 'pessimistic_write'): Promise<MediaPlan | null> {
  return m.findOne(MediaPlan, { where: { id }, lock: { mode } });
}

/** The plan of a year and region (null: the republican plan). */
export function planOfYear(m: EntityManager, year: number, regionId: number | null): Promise<MediaPlan | null> {
  return m.findOneBy(MediaPlan, { year, regionId: regionId ?? IsNull() });
}

export function insertDraftPlan(m: EntityManager, plan: Pick<MediaPlan, 'regionId' | 'year' | 'title'>): Promise<MediaPlan> {
  return m.save(m.create(MediaPlan, { regionId: plan.regionId, year: plan.year, title: plan.title, status: 'draft', version: 1 }));
}

export function savePlan(m: EntityManager, plan: MediaPlan): Promise<MediaPlan> {
  return m.save(plan);
}

/** Copies a plan's items with their audiences into another plan, in one statement; how many items it copied. */
export async function copyItems(m: EntityManager, fromPlanId: number, toPlanId: number): Promise<number> {
  const [copied]: { n: number }[] = await m.query(
    `WITH src AS (
       SELECT id, topic, format, channel, outlet_id, rubric_id, direction_id, special_project_id, planned_quarter,
              planned_month, planned_count, responsible, notes, nextval(pg_get_serial_sequence('media_plan_items', 'id')) AS new_id
         FROM media_plan_items WHERE media_plan_id = $1),
     items AS (
       INSERT INTO media_plan_items (id, media_plan_id, topic, format, channel, outlet_id, rubric_id, direction_id,
                                     special_project_id, planned_quarter, planned_month, planned_count, responsible, notes)
       SELECT new_id, $2, topic, format, channel, outlet_id, rubric_id, direction_id, special_project_id, planned_quarter,
              planned_month, planned_count, responsible, notes FROM src RETURNING id),
     audiences AS (
       INSERT INTO media_plan_item_target_audiences (media_plan_item_id, target_audience_id)
       SELECT src.new_id, a.target_audience_id FROM src JOIN media_plan_item_target_audiences a ON a.media_plan_item_id = src.id)
     SELECT count(*)::int AS n FROM items`,
    [fromPlanId, toPlanId],
  );
  return copied.n;
}

/** The region of a plan item, as SQL over the item's alias. */
export const itemRegionSql = (alias: string): string => `(SELECT p.region_id FROM media_plans p WHERE p.id = ${alias}.media_plan_id)`;

/** A filter on the items that have one of the audiences of a list parameter. */
export const itemHasAudienceSql = (alias: string, param: string): string =>
  `EXISTS (SELECT 1 FROM media_plan_item_target_audiences x WHERE x.media_plan_item_id = ${alias}.id AND x.target_audience_id IN (:...${param}))`;

/** The audit trail's branches naming plans and plan items by id, in the columns of audit-events/audit-names.ts. */
export const planNamesSql = (ids: string): string =>
  `SELECT id, title, title, title, NULL::int, region_id, NULL::text, NULL::int FROM media_plans WHERE id = ANY(${ids})`;

export const planItemNamesSql = (ids: string): string =>
  `SELECT i.id, i.topic, i.topic, i.topic, i.media_plan_id, p.region_id, NULL::text, NULL::int
     FROM media_plan_items i JOIN media_plans p ON p.id = i.media_plan_id WHERE i.id = ANY(${ids})`;

/** Keeps the plan's items as they are now, as a submission of it (in the submit's transaction). */
export async function keepSubmittedItems(m: EntityManager, planId: number, at: Date, byId: number): Promise<void> {
  await m.query(
    `INSERT INTO media_plan_submissions (media_plan_id, submitted_at, submitted_by_id, items)
     SELECT $1, $2, $3, coalesce(jsonb_agg(jsonb_build_object(
              'id', i.id, 'topic', i.topic, 'format', i.format, 'channel', i.channel, 'outletId', i.outlet_id,
              'rubricId', i.rubric_id, 'directionId', i.direction_id, 'specialProjectId', i.special_project_id,
              'targetAudienceIds', ARRAY(SELECT a.target_audience_id FROM media_plan_item_target_audiences a
                                          WHERE a.media_plan_item_id = i.id ORDER BY 1),
              'plannedQuarter', i.planned_quarter, 'plannedMonth', i.planned_month, 'plannedCount', i.planned_count,
              'responsible', i.responsible, 'notes', i.notes) ORDER BY i.id), '[]'::jsonb)
       FROM media_plan_items i WHERE i.media_plan_id = $1`,
    [planId, at, byId],
  );
}

/** The plan's latest two submissions, the latest first. */
export function lastSubmissions(m: EntityManager, planId: number): Promise<{ submittedAt: Date; items: SubmittedItem[] }[]> {
  return m.query(
    `SELECT submitted_at AS "submittedAt", items FROM media_plan_submissions
      WHERE media_plan_id = $1 ORDER BY submitted_at DESC, id DESC LIMIT 2`,
    [planId],
  );
}
