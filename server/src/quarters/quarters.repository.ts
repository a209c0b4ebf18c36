import { EntityManager } from 'typeorm';
import { QuarterClosure } from './quarter-closure.entity';
import { QuarterStatusRow } from './quarters.dto';

/* Every statement over quarter_closures, the closing of a region's quarter and its late-entry exceptions. */

/** Regions of the year (one, or all when regionId is null) × quarters, each with its closing status. */
export function quarterStatuses(m: EntityManager, year: number, regionId: number | null): Promise<QuarterStatusRow[]> {
  return m.query(
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
    [year, regionId],
  );
}

export interface QuarterKey {
  regionId: number;
  year: number;
  quarter: number;
}

/** The quarter's closure, its row locked for a step until the transaction ends; null while the quarter is open. */
export function lockedClosure(m: EntityManager, key: QuarterKey): Promise<QuarterClosure | null> {
  return m.findOne(QuarterClosure, { where: { ...key }, lock: { mode: 'pessimistic_write' } });
}

/**
 * The quarter's closing status, or null while it is open. The row is share-locked, so a quarter cannot be approved
 * while a write into it is in flight.
 */
export async function closureStatusForShare(m: EntityManager, key: QuarterKey): Promise<string | null> {
  const rows: { status: string }[] = await m.query(
    'SELECT status FROM quarter_closures WHERE region_id = $1 AND year = $2 AND quarter = $3 FOR SHARE',
    [key.regionId, key.year, key.quarter],
  );
  return rows[0]?.status ?? null;
}

export async function insertSubmittedClosure(m: EntityManager, key: QuarterKey, at: Date, byId: number): Promise<void> {
  await m.query(
    `INSERT INTO quarter_closures (region_id, year, quarter, status, submitted_at, submitted_by_id) VALUES ($1, $2, $3, 'submitted', $4, $5)`,
    [key.regionId, key.year, key.quarter, at, byId],
  );
}

export async function updateClosure(m: EntityManager, id: number, changes: Partial<QuarterClosure>): Promise<void> {
  await m.update(QuarterClosure, id, changes);
}
