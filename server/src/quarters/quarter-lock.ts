import { ConflictException } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export function quarterOf(date: string): { year: number; quarter: number } {
  return { year: Number(date.slice(0, 4)), quarter: Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1 };
}

/**
 * Refuses a write dated in a region's approved (closed) quarter. The closure row is share-locked, so a quarter
 * cannot be approved while a write into it is in flight.
 */
export async function assertQuarterOpen(m: EntityManager, regionId: number, date: string): Promise<void> {
  const { year, quarter } = quarterOf(date);
  const rows: { status: string }[] = await m.query(
    'SELECT status FROM quarter_closures WHERE region_id = $1 AND year = $2 AND quarter = $3 FOR SHARE',
    [regionId, year, quarter],
  );
  assertQuarterStatusOpen(rows[0]?.status ?? null, date);
}

/** The refusal of assertQuarterOpen, for statements that read the closure themselves. */
export function assertQuarterStatusOpen(status: string | null, date: string): void {
  const { year, quarter } = quarterOf(date);
  if (status === 'approved') {
    throw new ConflictException(
      `Q${quarter} ${year} of this region is closed: materials dated in it cannot change until an approver grants a late-entry exception`,
    );
  }
}
