import { PassThrough, Writable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { CHANNELS, type Locale } from '../../../contracts/codes';
import type { ReportFormat } from '../../../contracts/reports';
import type { NationalRollup } from '../../../contracts/rollups';
import { CSV_BOM, csvLine, SheetCell } from '../../../contracts/spreadsheet-cells';
import { Actor } from '../common/actor';
import { ReadSource } from '../common/read-source';
import { addTableSheet, addValues, closeTable, fitWidths, titleLines } from '../common/workbook-layout';
import { nationalRollup } from '../rollups/rollups.service';
import { userLocale, userSignature } from '../users/user-locale';
import { PlanRow, planVsFact } from '../materials/material-plan.reads';
import {
  byAudience,
  bySpecialProject,
  inPeriod,
  materialBatches,
  NamedCount,
  Period,
  RegionChannelRow,
  regionsByChannel,
} from '../materials/material-report.reads';
import { regionLabel } from '../regions/region-reads';
import { asDate, asText, label, MATERIAL_WIDTHS, materialCells } from './material-cells';
import { REPORT_LABELS, ReportLabels } from './report-labels';

export interface QuarterlyRequest {
  year: number;
  quarter: number;
  regionId?: number;
  /** The region's name as the request read it (null: the whole country, or a region that is gone). */
  regionName: string | null;
  format: ReportFormat;
  locale: Locale;
  /** Who asks, as the title block names them. */
  by: string;
}

type Cell = SheetCell;

interface Tables {
  lines: string[];
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

/** The national table's channels, named as the UI names them. */
const NATIONAL_CHANNELS = ['tv', 'radio', 'print'] as const;

function nationalHeader(l: ReportLabels): string[] {
  return [l.national.media, l.total, ...NATIONAL_CHANNELS.map((c) => l.codes.channel[c])];
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

function regionRows(rows: RegionChannelRow[], l: ReportLabels): { header: string[]; body: Cell[][]; total: Cell[] } {
  const keys = [...CHANNELS, 'total'] as const;
  return {
    header: [l.region, ...CHANNELS.map((k) => l.codes.channel[k]), l.total],
    body: rows.map((r) => [r.name, ...keys.map((k) => r[k])]),
    total: [l.total, ...keys.map((k) => rows.reduce((s, r) => s + r[k], 0))],
  };
}

function shareOf(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 1000) / 1000 : 0;
}

/** Each row's count and its share of all the period's materials. */
function countRows(rows: NamedCount[], materials: number): Cell[][] {
  return rows.map((r) => [r.name, r.count, shareOf(r.count, materials)]);
}

function planHeader(l: ReportLabels): string[] {
  return [l.plan.region, l.plan.status, l.plan.items, l.plan.planned, l.plan.linked, l.plan.fulfilled, l.plan.share];
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

  /** Who asks, by name and login. */
  signatureOf(actor: Actor): Promise<string> {
    return userSignature(this.ds, actor.id, actor.login);
  }

  /** A region's code for the file name and its name for the title, read once for a report or a note. */
  regionOf(regionId: number | undefined, locale: Locale): Promise<{ slug?: string; name: string | null }> {
    return regionLabel(this.ds, regionId, locale);
  }

  /** The period, the region (none: the whole country) and the language, e.g. report-2020-q1-north-kazakhstan-kk.xlsx. */
  fileName(req: QuarterlyRequest, regionCode: string | undefined): string {
    return `report-${req.year}-q${req.quarter}${regionCode ? `-${regionCode}` : ''}-${req.locale}.${req.format}`;
  }

  /**
   * The tables, read where the router says (a failing replica's reads run again on the primary), and the database they
   * were read from, which then streams the materials: a failure there, after bytes are sent, ends the stream.
   */
  private tables(actor: Actor, req: QuarterlyRequest, p: Period, l: ReportLabels): Promise<[DataSource, Tables]> {
    return this.reads.read(actor, async (ds) => {
      const [national, regions, specialProjects, audiences, plan] = await Promise.all([
        nationalRollup(ds, p.from, p.to, p.regionId),
        regionsByChannel(ds, p, req.locale),
        bySpecialProject(ds, p, req.locale),
        byAudience(ds, p, req.locale),
        planVsFact(ds, req.year, req.quarter, p.regionId, req.locale, l.republicanLevel),
      ]);
      const lines = titleLines(
        {
          title: l.title(req.year, req.quarter, req.regionName),
          period: { from: p.from, to: p.to },
          filters: [`${l.region}: ${req.regionName ?? l.allRegions}`],
          by: req.by,
          at: new Date(),
        },
        req.locale,
      );
      return [ds, { lines, national, regions, specialProjects, audiences, plan }];
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
    /** A small table, written whole: its widths fit its content, its last row may be bold, its shares are percentages. */
    const table = (name: string, header: string[], rows: Cell[][], o: { boldLast?: boolean; shareColumn?: number } = {}) => {
      const sheet = addTableSheet(wb, name, t.lines, header, fitWidths([header, ...rows]), 1);
      rows.forEach((r, i) => {
        const row = addValues(sheet.ws, r);
        if (o.shareColumn) row.getCell(o.shareColumn).numFmt = '0.0%';
        if (o.boldLast && i === rows.length - 1) row.font = { bold: true };
      });
      closeTable(sheet, sheet.headerRow + rows.length);
      sheet.ws.commit();
    };

    table(l.sheets.national, nationalHeader(l), nationalRows(t.national, l), { boldLast: true });
    const reg = regionRows(t.regions, l);
    table(l.sheets.regions, reg.header, [...reg.body, reg.total], { boldLast: true });
    const share = { shareColumn: 3 };
    table(l.sheets.specialProjects, [l.specialProject, l.count, l.share], countRows(t.specialProjects, t.national.total), share);
    table(l.sheets.audiences, [l.audience, l.count, l.share], countRows(t.audiences, t.national.total), share);
    table(l.sheets.plan, planHeader(l), planRows(t.plan, l), { shareColumn: 7 });

    const list = addTableSheet(wb, l.sheets.materials, t.lines, l.materials, MATERIAL_WIDTHS, 1);
    let rows = 0;
    for await (const batch of materialBatches(ds, inPeriod(p), req.locale)) {
      for (const m of batch) addValues(list.ws, materialCells(m, l, asDate)).commit();
      rows += batch.length;
    }
    closeTable(list, list.headerRow + rows);
    list.ws.commit();
    await wb.commit();
  }

  private async writeCsv(out: Writable, actor: Actor, req: QuarterlyRequest, p: Period, l: ReportLabels): Promise<void> {
    const [ds, t] = await this.tables(actor, req, p, l);
    const line = (cells: Cell[]) => csvLine(cells, ';');
    const send = (text: string) => (out.write(text) ? Promise.resolve() : new Promise<void>((ok) => out.once('drain', () => ok())));
    // Semicolons and a BOM are what Excel expects from a CSV in the Russian and Kazakh locales.
    await send(`${CSV_BOM}${t.lines.map((text) => line([text])).join('')}\r\n`);
    const section = (name: string, header: string[], rows: Cell[][]) =>
      send(line([name]) + line(header) + rows.map(line).join('') + '\r\n');
    await section(l.sheets.national, nationalHeader(l), nationalRows(t.national, l));
    const reg = regionRows(t.regions, l);
    await section(l.sheets.regions, reg.header, [...reg.body, reg.total]);
    await section(l.sheets.specialProjects, [l.specialProject, l.count, l.share], countRows(t.specialProjects, t.national.total));
    await section(l.sheets.audiences, [l.audience, l.count, l.share], countRows(t.audiences, t.national.total));
    await section(l.sheets.plan, planHeader(l), planRows(t.plan, l));
    await send(line([l.sheets.materials]) + line(l.materials));
    for await (const batch of materialBatches(ds, inPeriod(p), req.locale)) {
      await send(batch.map((m) => line(materialCells(m, l, asText))).join(''));
    }
    out.end();
  }
}
