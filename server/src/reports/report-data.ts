import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Locale } from '../../../contracts/codes';

export interface Period {
  from: string;
  to: string;
  regionId?: number;
}

export interface RegionChannelRow {
  name: string;
  tv: number;
  radio: number;
  print: number;
  internet: number;
  social: number;
  total: number;
}

export interface NamedCount {
  name: string;
  count: number;
}

export interface PlanRow {
  name: string;
  status: string | null;
  items: number;
  planned: number;
  linked: number;
  fulfilled: number;
}

export interface MaterialRow {
  id: number;
  publishedOn: string;
  region: string;
  outlet: string;
  rubric: string | null;
  channel: string;
  mediaLevel: string;
  language: string;
  format: string;
  title: string;
  url: string | null;
  direction: string | null;
  specialProject: string | null;
  views: number | null;
  reactions: number | null;
  shares: number | null;
  comments: number | null;
  reach: number | null;
}

const NAME: Record<Locale, string> = { kk: 'name_kk', ru: 'name_ru', en: 'name_en' };
const BATCH = 5000;

/** The tables of the quarterly report, each counted by PostgreSQL; the material list is read in keyset batches. */
@Injectable()
export class ReportData {
  constructor(private readonly ds: DataSource) {}

  regionsByChannel(p: Period, locale: Locale): Promise<RegionChannelRow[]> {
    return this.ds.query(
      `SELECT r.${NAME[locale]} AS name,
              count(m.id) FILTER (WHERE m.channel = 'tv')::int AS tv,
              count(m.id) FILTER (WHERE m.channel = 'radio')::int AS radio,
              count(m.id) FILTER (WHERE m.channel = 'print')::int AS print,
              count(m.id) FILTER (WHERE m.channel = 'internet')::int AS internet,
              count(m.id) FILTER (WHERE m.channel = 'social')::int AS social,
              count(m.id)::int AS total
         FROM regions r
         LEFT JOIN materials m ON m.region_id = r.id AND m.published_on BETWEEN $1 AND $2
        WHERE r.active_from <= $2::date AND (r.active_to IS NULL OR r.active_to >= $1::date)
          AND ($3::int IS NULL OR r.id = $3)
        GROUP BY r.id ORDER BY r.${NAME[locale]}`,
      [p.from, p.to, p.regionId ?? null],
    );
  }

  bySpecialProject(p: Period, locale: Locale): Promise<NamedCount[]> {
    return this.ds.query(
      `SELECT s.${NAME[locale]} AS name, count(m.id)::int AS count
         FROM special_projects s
         LEFT JOIN materials m ON m.special_project_id = s.id AND m.published_on BETWEEN $1 AND $2 AND ($3::int IS NULL OR m.region_id = $3)
        GROUP BY s.id ORDER BY s.id`,
      [p.from, p.to, p.regionId ?? null],
    );
  }

  byAudience(p: Period, locale: Locale): Promise<NamedCount[]> {
    return this.ds.query(
      `SELECT a.${NAME[locale]} AS name, count(m.id)::int AS count
         FROM target_audiences a
         LEFT JOIN material_target_audiences mta ON mta.target_audience_id = a.id
         LEFT JOIN materials m ON m.id = mta.material_id AND m.published_on BETWEEN $1 AND $2 AND ($3::int IS NULL OR m.region_id = $3)
        GROUP BY a.id ORDER BY a.id`,
      [p.from, p.to, p.regionId ?? null],
    );
  }

  /** Items planned for the quarter in each region's plan of the year, against the materials linked to them. */
  planVsFact(year: number, quarter: number, regionId: number | undefined, locale: Locale, republican: string): Promise<PlanRow[]> {
    return this.ds.query(
      `SELECT coalesce(r.${NAME[locale]}, $4) AS name, p.status,
              count(i.id)::int AS items, coalesce(sum(i.planned_count), 0)::int AS planned,
              coalesce(sum(l.linked), 0)::int AS linked, coalesce(sum(least(l.linked, i.planned_count)), 0)::int AS fulfilled
         FROM media_plans p
         LEFT JOIN regions r ON r.id = p.region_id
         LEFT JOIN media_plan_items i ON i.media_plan_id = p.id
              AND coalesce(i.planned_quarter, (i.planned_month + 2) / 3) = $2
         LEFT JOIN LATERAL (SELECT count(*)::int AS linked FROM materials m WHERE m.media_plan_item_id = i.id) l ON true
        WHERE p.year = $1 AND ($3::int IS NULL OR p.region_id = $3)
        GROUP BY p.id, r.${NAME[locale]}
        ORDER BY p.region_id IS NOT NULL, 1`,
      [year, quarter, regionId ?? null, republican],
    );
  }

  async *materials(p: Period, locale: Locale): AsyncGenerator<MaterialRow[]> {
    let after: [string, number] = ['0001-01-01', 0];
    for (;;) {
      const rows: MaterialRow[] = await this.ds.query(
        `SELECT m.id, to_char(m.published_on, 'YYYY-MM-DD') AS "publishedOn", r.${NAME[locale]} AS region, o.name AS outlet,
                rb.name AS rubric, m.channel, m.media_level AS "mediaLevel", m.language, m.format, m.title, m.url,
                d.${NAME[locale]} AS direction, s.${NAME[locale]} AS "specialProject",
                m.views, m.reactions, m.shares, m.comments, m.reach
           FROM materials m
           JOIN regions r ON r.id = m.region_id
           JOIN outlets o ON o.id = m.outlet_id
           LEFT JOIN rubrics rb ON rb.id = m.rubric_id
           LEFT JOIN directions d ON d.id = m.direction_id
           LEFT JOIN special_projects s ON s.id = m.special_project_id
          WHERE m.published_on BETWEEN $1 AND $2 AND ($3::int IS NULL OR m.region_id = $3)
            AND (m.published_on, m.id) > ($4::date, $5::int)
          ORDER BY m.published_on, m.id
          LIMIT ${BATCH}`,
        [p.from, p.to, p.regionId ?? null, after[0], after[1]],
      );
      if (rows.length === 0) return;
      yield rows;
      const last = rows[rows.length - 1];
      after = [last.publishedOn, last.id];
      if (rows.length < BATCH) return;
    }
  }
}
