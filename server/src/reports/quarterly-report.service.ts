import { PassThrough, Writable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import type { Locale } from '../../../contracts/codes';
import type { ReportFormat } from '../../../contracts/reports';
import type { NationalRollup } from '../../../contracts/rollups';
import { CSV_BOM, csvLine, neutralizeCell } from '../../../contracts/spreadsheet-cells';
import { Actor } from '../common/actor';
import { ReadSource } from '../common/read-source';
import { nationalRollup } from '../rollups/rollups.service';
import { userLocale } from '../users/user-locale';
import { PlanRow, planVsFact } from '../materials/material-plan.reads';
import {
  byAudience,
  bySpecialProject,
  materialBatches,
  MaterialRow,
  NamedCount,
  Period,
  RegionChannelRow,
  regionsByChannel,
} from '../materials/material-report.reads';
import { regionCode, regionName } from '../regions/region-reads';
import { REPORT_LABELS, ReportLabels } from './report-labels';

export interface QuarterlyRequest {
  year: number;
  quarter: number;
  regionId?: number;
  format: ReportFormat;
  locale: Locale;
}

type Cell = string | number | null;

interface Tables {
  title: string;
  national: NationalRollup;
  regions: RegionChannelRow[];
  specialProjects: NamedCount[];
  audiences: NamedCount[];
  plan: PlanRow[];
}

function periodOf(year: number, quarter: number): { from: string; to: string } {
  const first = new Date(Date.UTC(year, (quarter - 1) * 3, 1));
  const last = new Date(Date.UTC(year, quarter * 3, 0));
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}

function nationalRows(n: NationalRollup, l: ReportLabels): Cell[][] {
  return [
    [l.national.rows[0], n.republican.total, n.republican.tv, n.republican.radio, n.republican.print],
    [l.national.rows[1], n.regional.total, n.regional.tv, n.regional.radio, n.regional.print],
    [l.national.rows[2], n.internet, null, null, null],
    [l.national.rows[3], n.social, null, null, null],
    [
      l.national.rows[4],
      n.total,
      n.republican.tv + n.regional.tv,
      n.republican.radio + n.regional.radio,
      n.republican.print + n.regional.print,
    ],
  ];
}

function regionRows(rows: RegionChannelRow[], l: ReportLabels): { header: Cell[]; body: Cell[][]; total: Cell[] } {
  const channels = ['tv', 'radio', 'print', 'internet', 'social'] as const;
  const keys = [...channels, 'total'] as const;
  return {
    header: [l.region, ...channels.map((k) => l.codes.channel[k]), l.total],
    body: rows.map((r) => [r.name, ...keys.map((k) => r[k])]),
    total: [l.total, ...keys.map((k) => rows.reduce((s, r) => s + r[k], 0))],
  };
}

function shareOf(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 1000) / 1000 : 0;
}

function countRows(rows: NamedCount[]): Cell[][] {
  const total = rows.reduce((s, r) => s + r.count, 0);
  return rows.map((r) => [r.name, r.count, shareOf(r.count, total)]);
}

/** A code's label, or the code itself should the database hold one the labels do not know. */
function label(labels: Record<string, string>, code: string): string {
  return labels[code] ?? code;
}

function planRows(rows: PlanRow[], l: ReportLabels): Cell[][] {
  return rows.map((r) => [
    r.name,
    r.status ? label(l.codes.planStatus, r.status) : null,
    r.items,
    r.planned,
    r.linked,
    r.fulfilled,
    shareOf(r.fulfilled, r.planned),
  ]);
}

function materialCells(m: MaterialRow, l: ReportLabels): Cell[] {
  return [
    m.id,
    m.publishedOn,
    m.region,
    m.outlet,
    m.rubric,
    label(l.codes.channel, m.channel),
    label(l.codes.level, m.mediaLevel),
    label(l.codes.language, m.language),
    label(l.codes.format, m.format),
    m.title,
    m.url,
    m.direction,
    m.specialProject,
    m.views,
    m.reactions,
    m.shares,
    m.comments,
    m.reach,
  ];
}

/** Adds a row of values, never formulas: exceljs types a string as text, and text is neutralized for when it is retyped or saved as CSV. */
function addRow(ws: ExcelJS.Worksheet, cells: Cell[]): ExcelJS.Row {
  return ws.addRow(cells.map(neutralizeCell));
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFFFFFFF' } };

/** The quarterly report as an Excel workbook or CSV, written to a stream as it is read so that memory stays flat. */
@Injectable()
export class QuarterlyReportService {
  private readonly logger = new Logger('QuarterlyReport');

  constructor(
    private readonly ds: DataSource,
    private readonly reads: ReadSource,
  ) {}

  /** The reader's own language, for a report asked for in none. */
  localeOf(actor: Actor): Promise<Locale> {
    return userLocale(this.ds, actor.id);
  }

  /** A region's code for the file name; a made-up one for a region that is gone. */
  async regionCode(regionId: number | undefined): Promise<string | null> {
    return regionId === undefined ? null : ((await regionCode(this.ds, regionId)) ?? `region-${regionId}`);
  }

  fileName(req: QuarterlyRequest, regionCode: string | null): string {
    return `report-${req.year}-q${req.quarter}${regionCode ? `-${regionCode}` : ''}.${req.format}`;
  }

  /**
   * The tables, read where the router says (a failing replica's reads run again on the primary), and the database they
   * were read from, which then streams the materials: a failure there, after bytes are sent, ends the stream.
   */
  private tables(actor: Actor, req: QuarterlyRequest, p: Period, l: ReportLabels): Promise<[DataSource, Tables]> {
    return this.reads.read(actor, async (ds) => {
      const [national, regions, specialProjects, audiences, plan, region] = await Promise.all([
        nationalRollup(ds, p.from, p.to, p.regionId),
        regionsByChannel(ds, p, req.locale),
        bySpecialProject(ds, p, req.locale),
        byAudience(ds, p, req.locale),
        planVsFact(ds, req.year, req.quarter, p.regionId, req.locale, l.republicanLevel),
        p.regionId === undefined ? null : regionName(ds, p.regionId, req.locale),
      ]);
      return [ds, { title: l.title(req.year, req.quarter, region), national, regions, specialProjects, audiences, plan }];
    });
  }

  /** Starts writing and returns the stream at once; a failure half-way ends the stream with an error, logged. */
  stream(req: QuarterlyRequest, actor: Actor): PassThrough {
    const out = new PassThrough();
    const l = REPORT_LABELS[req.locale];
    const p: Period = { ...periodOf(req.year, req.quarter), regionId: req.regionId };
    const write = req.format === 'xlsx' ? this.writeXlsx(out, actor, req, p, l) : this.writeCsv(out, actor, req, p, l);
    write.catch((e: unknown) => {
      this.logger.error(e instanceof Error ? e.stack : String(e));
      out.destroy(e instanceof Error ? e : new Error(String(e)));
    });
    return out;
  }

  private async writeXlsx(out: Writable, actor: Actor, req: QuarterlyRequest, p: Period, l: ReportLabels): Promise<void> {
    const [ds, t] = await this.tables(actor, req, p, l);
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    wb.creator = 'Outreach back-office';
    const sheet = (name: string, title: string, header: Cell[], widths: number[]) => {
      const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 3, xSplit: 1 }] });
      ws.columns = widths.map((width) => ({ width }));
      addRow(ws, [title]).font = { bold: true, size: 13 };
      ws.addRow([]);
      const h = addRow(ws, header);
      h.eachCell((c) => {
        c.fill = HEADER_FILL;
        c.font = HEADER_FONT;
        c.alignment = { wrapText: true, vertical: 'middle' };
      });
      return ws;
    };
    const bold = (row: ExcelJS.Row) => (row.font = { bold: true });

    const national = sheet(l.sheets.national, t.title, l.national.columns, [42, 12, 12, 12, 14]);
    nationalRows(t.national, l).forEach((r, i, all) => {
      const row = addRow(national, r);
      if (i === all.length - 1) bold(row);
    });
    national.commit();

    const reg = regionRows(t.regions, l);
    const regions = sheet(l.sheets.regions, t.title, reg.header, [36, 10, 10, 10, 10, 12, 10]);
    reg.body.forEach((r) => addRow(regions, r).commit());
    bold(addRow(regions, reg.total));
    regions.commit();

    for (const [name, header, rows] of [
      [l.sheets.specialProjects, l.specialProject, t.specialProjects],
      [l.sheets.audiences, l.audience, t.audiences],
    ] as const) {
      const ws = sheet(name, t.title, [header, l.count, l.share], [48, 12, 10]);
      countRows(rows).forEach((r) => (addRow(ws, r).getCell(3).numFmt = '0.0%'));
      ws.commit();
    }

    const plan = sheet(
      l.sheets.plan,
      t.title,
      [l.plan.region, l.plan.status, l.plan.items, l.plan.planned, l.plan.linked, l.plan.fulfilled, l.plan.share],
      [40, 16, 10, 14, 16, 12, 14],
    );
    planRows(t.plan, l).forEach((r) => (addRow(plan, r).getCell(7).numFmt = '0.0%'));
    plan.commit();

    const list = sheet(l.sheets.materials, t.title, l.materials, [8, 12, 28, 28, 22, 12, 16, 12, 16, 60, 36, 30, 28, 10, 10, 10, 10, 10]);
    for await (const batch of materialBatches(ds, p, req.locale)) {
      for (const m of batch) addRow(list, materialCells(m, l)).commit();
    }
    list.commit();
    await wb.commit();
  }

  private async writeCsv(out: Writable, actor: Actor, req: QuarterlyRequest, p: Period, l: ReportLabels): Promise<void> {
    const [ds, t] = await this.tables(actor, req, p, l);
    const line = (cells: Cell[]) => csvLine(cells, ';');
    const send = (text: string) => (out.write(text) ? Promise.resolve() : new Promise<void>((ok) => out.once('drain', () => ok())));
    // Semicolons and a BOM are what Excel expects from a CSV in the Russian and Kazakh locales.
    await send(`${CSV_BOM}${line([t.title])}\r\n`);
    await send(line([l.sheets.national]) + line(l.national.columns) + nationalRows(t.national, l).map(line).join('') + '\r\n');
    const reg = regionRows(t.regions, l);
    await send(line([l.sheets.regions]) + line(reg.header) + reg.body.map(line).join('') + line(reg.total) + '\r\n');
    await send(
      line([l.sheets.specialProjects]) +
        line([l.specialProject, l.count, l.share]) +
        countRows(t.specialProjects).map(line).join('') +
        '\r\n',
    );
    await send(line([l.sheets.audiences]) + line([l.audience, l.count, l.share]) + countRows(t.audiences).map(line).join('') + '\r\n');
    await send(
      line([l.sheets.plan]) +
        line([l.plan.region, l.plan.status, l.plan.items, l.plan.planned, l.plan.linked, l.plan.fulfilled, l.plan.share]) +
        planRows(t.plan, l).map(line).join('') +
        '\r\n',
    );
    await send(line([l.sheets.materials]) + line(l.materials));
    for await (const batch of materialBatches(ds, p, req.locale)) {
      await send(batch.map((m) => line(materialCells(m, l))).join(''));
    }
    out.end();
  }
}
