import { BadRequestException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Completeness, Coverage, RegionQuarterCoverage } from '../../../contracts/analytics';
import { RollupsService } from './rollups.service';

export const LATE_AFTER_DAYS = 30;

/** Where the audience learns about the programme (survey of 2020, the guide): the mix an office's channels are set against. */
export const AUDIENCE_CHANNEL_BENCHMARK = { tvRadio: 0.56, internet: 0.447 };

export type { Coverage } from '../../../contracts/analytics';

const ratio = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : 0);

@Injectable()
export class AnalyticsService {
  constructor(
    private readonly ds: DataSource,
    private readonly rollups: RollupsService,
  ) {}

  /** Each region's materials per month against its own monthly average, empty months, and entries logged late. */
  async completeness(from: string, to: string, regionId?: number, filter?: string): Promise<Completeness> {
    if (from > to) throw new BadRequestException('from must not be after to');
    const counts: { region_id: number; month: string; count: number; late: number }[] = await this.rollups
      .filtered(from, to, filter, regionId)
      .select('r.region_id', 'region_id')
      .addSelect(`to_char(r.published_on, 'YYYY-MM')`, 'month')
      .addSelect('count(*)::int', 'count')
      .addSelect(`count(*) FILTER (WHERE r.created_at > r.published_on + ${LATE_AFTER_DAYS})::int`, 'late')
      .groupBy('r.region_id')
      .addGroupBy('month')
      .getRawMany();
    const [months, regionIds]: [{ month: string }[], { id: number }[]] = await Promise.all([
      this.ds.query(
        `SELECT to_char(m, 'YYYY-MM') AS month FROM generate_series(date_trunc('month', $1::date), date_trunc('month', $2::date), interval '1 month') AS m`,
        [from, to],
      ),
      this.ds.query(
        `SELECT id FROM regions WHERE active_from <= $2::date AND (active_to IS NULL OR active_to >= $1::date) AND ($3::int IS NULL OR id = $3) ORDER BY id`,
        [from, to, regionId ?? null],
      ),
    ]);
    const byKey = new Map(counts.map((c) => [`${c.region_id}/${c.month}`, c]));
    const regions = regionIds.map(({ id }) => {
      const cells = months.map(({ month }) => ({
        month,
        count: byKey.get(`${id}/${month}`)?.count ?? 0,
        late: byKey.get(`${id}/${month}`)?.late ?? 0,
      }));
      const total = cells.reduce((s, c) => s + c.count, 0);
      const average = months.length > 0 ? total / months.length : 0;
      return {
        regionId: id,
        total,
        monthlyAverage: Math.round(average * 10) / 10,
        months: cells.map((c) => ({ month: c.month, count: c.count, ratio: ratio(c.count, average) })),
        emptyMonths: cells.filter((c) => c.count === 0).map((c) => c.month),
        lateEntries: cells.reduce((s, c) => s + c.late, 0),
      };
    });
    return {
      from,
      to,
      lateAfterDays: LATE_AFTER_DAYS,
      months: months.map((m) => m.month),
      regions,
      lateEntries: regions.reduce((s, r) => s + r.lateEntries, 0),
    };
  }

  /** How each region's work, per quarter, covers the priorities the guide sets for the offices. */
  async coverage(from: string, to: string, regionId?: number): Promise<Coverage> {
    if (from > to) throw new BadRequestException('from must not be after to');
    const newProjects: { id: number }[] = await this.ds.query(
      `SELECT id FROM special_projects WHERE introduced_in = (SELECT max(introduced_in) FROM special_projects) ORDER BY id`,
    );
    const rows: (Omit<RegionQuarterCoverage, 'shares' | 'specialProjects'> & { special_projects: Record<string, number> | null })[] =
      await this.ds.query(
        `WITH scoped AS (
         SELECT m.*, to_char(m.published_on, 'YYYY-"Q"Q') AS quarter
           FROM materials m
          WHERE m.published_on BETWEEN $1 AND $2 AND ($3::int IS NULL OR m.region_id = $3)),
       audiences AS (
         SELECT mta.material_id, array_agg(a.code) AS codes
           FROM material_target_audiences mta JOIN target_audiences a ON a.id = mta.target_audience_id
          WHERE mta.material_id IN (SELECT id FROM scoped)
          GROUP BY mta.material_id),
       projects AS (
         SELECT region_id, quarter, jsonb_object_agg(special_project_id, n) AS special_projects
           FROM (SELECT region_id, quarter, special_project_id, count(*)::int AS n FROM scoped
                  WHERE special_project_id IS NOT NULL GROUP BY 1, 2, 3) p
          GROUP BY 1, 2)
       SELECT s.region_id AS "regionId", s.quarter, count(*)::int AS total,
              count(*) FILTER (WHERE s.language IN ('ru', 'kk_ru'))::int AS "russianOrBilingual",
              count(*) FILTER (WHERE 'seniors-60-plus' = ANY(a.codes))::int AS seniors,
              count(*) FILTER (WHERE 'ethnic-groups' = ANY(a.codes))::int AS "ethnicGroups",
              count(*) FILTER (WHERE 'youth-16-29' = ANY(a.codes))::int AS youth,
              count(*) FILTER (WHERE s.channel IN ('tv', 'radio'))::int AS "tvRadio",
              count(*) FILTER (WHERE s.channel IN ('internet', 'social'))::int AS internet,
              count(*) FILTER (WHERE s.special_project_id = ANY($4::int[]))::int AS "newSpecialProjects",
              p.special_projects
         FROM scoped s
         LEFT JOIN audiences a ON a.material_id = s.id
         LEFT JOIN projects p ON p.region_id = s.region_id AND p.quarter = s.quarter
        GROUP BY s.region_id, s.quarter, p.special_projects
        ORDER BY s.region_id, s.quarter`,
        [from, to, regionId ?? null, newProjects.map((p) => p.id)],
      );
    return {
      from,
      to,
      benchmark: AUDIENCE_CHANNEL_BENCHMARK,
      newSpecialProjectIds: newProjects.map((p) => p.id),
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
