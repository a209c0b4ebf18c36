import { EntityManager } from 'typeorm';
import { INBOX_ITEMS_PER_KIND, InboxItem, InboxKind } from '../../../contracts/inbox';
import { itemDueSql } from '../materials/material-plan.reads';

/** A row of the inbox with how many of its kind there are. */
export type InboxRow = InboxItem<Date> & { n: number };

const COLUMNS = (c: {
  plan?: string;
  planVersion?: string;
  item?: string;
  region: string;
  year: string;
  quarter?: string;
  title?: string;
  since: string;
  comment?: string;
  planned?: string;
  linked?: string;
}) =>
  `${c.plan ?? 'NULL'}::int AS plan_id, ${c.planVersion ?? 'NULL'}::int AS plan_version, ${c.item ?? 'NULL'}::int AS item_id, ${c.region}::int AS region_id, ${c.year}::int AS year,
   ${c.quarter ?? 'NULL'}::int AS quarter, ${c.title ?? 'NULL'}::text AS title, (${c.since})::timestamptz AS since,
   ${c.comment ?? 'NULL'}::text AS comment, ${c.planned ?? 'NULL'}::int AS planned, ${c.linked ?? 'NULL'}::int AS linked`;

const planColumns = (since: string, comment?: string) =>
  COLUMNS({ plan: 'p.id', planVersion: 'p.version', region: 'p.region_id', year: 'p.year', title: 'p.title', since, comment });

const closureColumns = (since: string, comment?: string) =>
  COLUMNS({ region: 'c.region_id', year: 'c.year', quarter: 'c.quarter', since, comment });

/** The start of the quarter after a quarter, as SQL: when the quarter ended. */
const quarterEndSql = (year: string, quarter: string) => `(make_date(${year}, ${quarter} * 3 - 2, 1) + interval '3 months')`;

/**
 * Each kind's rows; `$1` is the reader's region (null: the republican level, for an approver's returned plans), `$2`
 * today in Kazakhstan. Submitted plans and quarters are the ministry's, whichever region they belong to.
 */
const KIND_SQL: Record<InboxKind, string> = {
  planSubmitted: `SELECT ${planColumns('p.submitted_at')} FROM media_plans p WHERE p.status = 'submitted'`,
  quarterSubmitted: `SELECT ${closureColumns('c.submitted_at')} FROM quarter_closures c WHERE c.status = 'submitted'`,
  planReturned: `SELECT ${planColumns(
    `coalesce((SELECT max(e.at) FROM audit_events e WHERE e.resource = 'media-plans' AND e.record_id = p.id AND e.action = 'return'), p.submitted_at)`,
    'p.return_comment',
  )} FROM media_plans p WHERE p.status = 'returned' AND p.region_id IS NOT DISTINCT FROM $1`,
  // The years the region has worked in: those of its plans and of its materials (by the monthly counters).
  quarterOpen: `SELECT ${COLUMNS({ region: '$1', year: 'y.year', quarter: 'q', since: quarterEndSql('y.year', 'q') })}
      FROM (SELECT year FROM media_plans WHERE region_id = $1
            UNION SELECT DISTINCT extract(year FROM month)::int FROM material_monthly_counts WHERE region_id = $1 AND n > 0) y
     CROSS JOIN generate_series(1, 4) AS q
     WHERE ${quarterEndSql('y.year', 'q')} <= now()
       AND NOT EXISTS (SELECT 1 FROM quarter_closures c WHERE c.region_id = $1 AND c.year = y.year AND c.quarter = q)`,
  lateEntry: `SELECT ${closureColumns('c.exception_at', 'c.exception_comment')} FROM quarter_closures c WHERE c.status = 'exception' AND c.region_id = $1`,
  itemBehind: `SELECT ${COLUMNS({
    plan: 'p.id',
    item: 'i.id',
    region: 'p.region_id',
    year: 'p.year',
    quarter: 'i.planned_quarter',
    title: 'i.topic',
    since: `${itemDueSql('i', 'p.year')} + 1`,
    planned: 'i.planned_count',
    linked: 'l.linked',
  })}
      FROM media_plan_items i
      JOIN media_plans p ON p.id = i.media_plan_id AND p.status = 'approved' AND p.region_id = $1
      CROSS JOIN LATERAL (SELECT count(*)::int AS linked FROM materials m WHERE m.media_plan_item_id = i.id AND m.region_id = $1) l
     WHERE ${itemDueSql('i', 'p.year')} < $2::date AND l.linked < i.planned_count`,
};

/**
 * The inbox of the given kinds in one statement (args types the parameters that the kinds asked may leave unused): the
 * oldest INBOX_ITEMS_PER_KIND of each kind, each with its kind's count.
 */
export function inboxRows(m: EntityManager, kinds: readonly InboxKind[], regionId: number | null, today: string): Promise<InboxRow[]> {
  if (kinds.length === 0) return Promise.resolve([]);
  return m.query(
    `WITH args AS (SELECT $1::int AS region_id, $2::date AS today),
       inbox AS (${kinds.map((k) => `SELECT '${k}'::text AS kind, x.* FROM (${KIND_SQL[k]}) x`).join('\nUNION ALL\n')}),
       ranked AS (
         SELECT *, row_number() OVER (PARTITION BY kind ORDER BY since, plan_id, item_id, region_id, year, quarter) AS rn,
                count(*) OVER (PARTITION BY kind)::int AS n
           FROM inbox)
     SELECT kind, plan_id AS "planId", plan_version AS "planVersion", item_id AS "itemId", region_id AS "regionId", year, quarter, title, since, comment,
            planned, linked, n
       FROM ranked WHERE rn <= $3
      ORDER BY array_position($4::text[], kind), rn`,
    [regionId, today, INBOX_ITEMS_PER_KIND, kinds],
  );
}
