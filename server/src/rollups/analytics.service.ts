import { Injectable } from '@nestjs/common';
import type { Completeness, Coverage } from '../../../contracts/analytics';
import { Actor } from '../common/actor';
import { ReadSource } from '../common/read-source';
import { parseMaterialsFilter, regionMonthCounts } from '../materials/material-counts.reads';
import { coverageCounts } from '../materials/material-report.reads';
import { activeRegionIds } from '../regions/region-reads';
import { newestSpecialProjectIds } from '../special-projects/special-project-reads';
import { checkPeriod } from './rollups.service';

export const LATE_AFTER_DAYS = 30;

/** Where the audience learns about the programme (survey of 2020, the guide): the mix an office's channels are set against. */
export const AUDIENCE_CHANNEL_BENCHMARK = { tvRadio: 0.56, internet: 0.447 };

export type { Coverage } from '../../../contracts/analytics';

const ratio = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : 0);

const monthIndex = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;

/** The months (YYYY-MM) from the month of `from` to that of `to`. */
function monthsOf(from: string, to: string): string[] {
  const first = monthIndex(from);
  return Array.from({ length: monthIndex(to) - first + 1 }, (_, i) => {
    const n = first + i;
    return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
  });
}

@Injectable()
export class AnalyticsService {
  constructor(private readonly reads: ReadSource) {}

  /**
   * Each region's materials per month against its own monthly average, empty months, entries logged late, and those
   * with evidence of publication attached.
   */
  async completeness(actor: Actor, from: string, to: string, regionId?: number, filter?: string): Promise<Completeness> {
    checkPeriod(from, to);
    const scope = { from, to, regionId, filter: parseMaterialsFilter(filter) };
    const [counts, regionIds] = await this.reads.read(actor, (ds) =>
      Promise.all([regionMonthCounts(ds, scope, LATE_AFTER_DAYS), activeRegionIds(ds, from, to, regionId)]),
    );
    const months = monthsOf(from, to);
    const byKey = new Map(counts.map((c) => [`${c.region_id}/${c.month}`, c]));
    const regions = regionIds.map((id) => {
      const cells = months.map((month) => ({
        month,
        count: byKey.get(`${id}/${month}`)?.count ?? 0,
        late: byKey.get(`${id}/${month}`)?.late ?? 0,
        withEvidence: byKey.get(`${id}/${month}`)?.with_evidence ?? 0,
      }));
      const total = cells.reduce((s, c) => s + c.count, 0);
      const average = months.length > 0 ? total / months.length : 0;
      return {
        regionId: id,
        total,
        withEvidence: cells.reduce((s, c) => s + c.withEvidence, 0),
        monthlyAverage: Math.round(average * 10) / 10,
        months: cells.map((c) => ({ month: c.month, count: c.count, ratio: ratio(c.count, average), withEvidence: c.withEvidence })),
        emptyMonths: cells.filter((c) => c.count === 0).map((c) => c.month),
        lateEntries: cells.reduce((s, c) => s + c.late, 0),
      };
    });
    return {
      from,
      to,
      lateAfterDays: LATE_AFTER_DAYS,
      months,
      regions,
      lateEntries: regions.reduce((s, r) => s + r.lateEntries, 0),
    };
  }

  /** How each region's work, per quarter, covers the priorities the guide sets for the offices. */
  async coverage(actor: Actor, from: string, to: string, regionId?: number): Promise<Coverage> {
    checkPeriod(from, to);
    const [newProjects, rows] = await this.reads.read(actor, async (ds) => {
      const ids = await newestSpecialProjectIds(ds);
      return [ids, await coverageCounts(ds, { from, to, regionId }, ids)] as const;
    });
    return {
      from,
      to,
      benchmark: AUDIENCE_CHANNEL_BENCHMARK,
      newSpecialProjectIds: newProjects,
      rows: rows.map(({ special_projects, ...r }) => ({
        ...r,
        specialProjects: special_projects ?? {},
        shares: {
          russianOrBilingual: ratio(r.russianOrBilingual, r.total),
          seniors: ratio(r.seniors, r.total),
          ethnicGroups: ratio(r.ethnicGroups, r.total),
          youth: ratio(r.youth, r.total),
          tvRadio: ratio(r.tvRadio, r.total),
          internet: ratio(r.internet, r.total),
        },
      })),
    };
  }
}
