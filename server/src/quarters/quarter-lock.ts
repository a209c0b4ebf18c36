import { ConflictException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { refusal } from '../common/coded-error';
import { closureStatusForShare } from './quarters.repository';

export function quarterOf(date: string): { year: number; quarter: number } {
  return { year: Number(date.slice(0, 4)), quarter: Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1 };
}

/** Refuses a write dated in a region's approved (closed) quarter, with the closure row share-locked. */
export async function assertQuarterOpen(m: EntityManager, regionId: number, date: string): Promise<void> {
  assertQuarterStatusOpen(await closureStatusForShare(m, { regionId, ...quarterOf(date) }), date);
}

/** The refusal of assertQuarterOpen, for statements that read the closure themselves. */
export function assertQuarterStatusOpen(status: string | null, date: string): void {
  const { year, quarter } = quarterOf(date);
  if (status === 'approved') {
    throw refusal(
      ConflictException,
      'quarter.closed',
      `Q${quarter} ${year} of this region is closed: materials dated in it cannot change until an approver grants a late-entry exception`,
      { quarter, year },
      'publishedOn',
    );
  }
}
