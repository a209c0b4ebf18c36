import { BadRequestException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor } from '../common/actor';
import { refusal } from '../common/coded-error';
import { ReadSource } from '../common/read-source';
import { GROUP_KEYS, groupedCounts, nationalCounts, parseMaterialsFilter } from '../materials/material-counts.reads';
import type { NationalRollup } from '../../../contracts/rollups';
import { RollupRow } from './rollups.dto';

export function checkPeriod(from?: string, to?: string): void {
  if (from && to && from > to) throw refusal(BadRequestException, 'query.periodReversed', 'from must not be after to', {}, 'from');
}

/** `filter` is the materials list's filter as JSON; the quarterly report asks with none. */
export async function nationalRollup(
  ds: DataSource,
  from: string,
  to: string,
  regionId?: number,
  filter?: string,
): Promise<NationalRollup> {
  checkPeriod(from, to);
  const row = await nationalCounts(ds, { from, to, regionId, filter: parseMaterialsFilter(filter) });
  return {
    from,
    to,
    total: row.total,
    republican: { total: row.rep_tv + row.rep_radio + row.rep_print, tv: row.rep_tv, radio: row.rep_radio, print: row.rep_print },
    regional: { total: row.reg_tv + row.reg_radio + row.reg_print, tv: row.reg_tv, radio: row.reg_radio, print: row.reg_print },
    internet: row.internet,
    social: row.social,
  };
}

@Injectable()
export class RollupsService {
  constructor(private readonly reads: ReadSource) {}

  national(actor: Actor, from: string, to: string, regionId?: number, filter?: string): Promise<NationalRollup> {
    return this.reads.read(actor, (ds) => nationalRollup(ds, from, to, regionId, filter));
  }

  async grouped(actor: Actor, groupBy: string, from?: string, to?: string, filter?: string, regionId?: number): Promise<RollupRow[]> {
    checkPeriod(from, to);
    const keys = groupBy.split(',').map((k) => k.trim());
    if (keys.length === 0 || keys.length > 3 || new Set(keys).size !== keys.length) {
      throw refusal(
        BadRequestException,
        'query.groupBy',
        'groupBy: one to three different keys',
        { allowed: GROUP_KEYS.join(', ') },
        'groupBy',
      );
    }
    for (const k of keys) {
      if (!GROUP_KEYS.includes(k))
        throw refusal(
          BadRequestException,
          'query.groupBy',
          `groupBy: unknown key "${k}"; allowed: ${GROUP_KEYS.join(', ')}`,
          {
            allowed: GROUP_KEYS.join(', '),
          },
          'groupBy',
        );
    }
    return this.reads.read(actor, (ds) => groupedCounts(ds, keys, { from, to, regionId, filter: parseMaterialsFilter(filter) }));
  }
}
