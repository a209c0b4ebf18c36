import { PassThrough } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { CODE_LABELS, CodeKind, CodeLabels } from '../../../contracts/code-labels';
import type { Locale } from '../../../contracts/codes';
import type { SheetCell } from '../../../contracts/spreadsheet-cells';
import { readRegion, ResourceName } from '../common/access-policy';
import { Actor } from '../common/actor';
import type { ListSelection } from '../common/crud.service';
import { NAME_COLUMN } from '../common/names.dto';
import {
  addTableSheet,
  addValues,
  almatyCell,
  closeTable,
  DATE_TIME_FORMAT,
  EXPORT_ROW_LIMIT,
  fitWidths,
  TableSheet,
  TitleBlock,
  titleLines,
} from '../common/workbook-layout';
import type { AuditEvent } from '../audit-events/audit-event.entity';
import { AuditEventsService } from '../audit-events/audit-events.service';
import { BATCH, MaterialRow, materialRowsSql } from '../materials/material-report.reads';
import { cursorBatches } from '../common/cursor-batches';
import { MaterialsService } from '../materials/materials.service';
import { MediaPlanItemsService } from '../media-plan-items/media-plan-items.service';
import { MediaPlansService } from '../media-plans/media-plans.service';
import { asDate, label, MATERIAL_WIDTHS, materialCells } from '../reports/material-cells';
import { REPORT_LABELS } from '../reports/report-labels';
import { userLocale, userSignature } from '../users/user-locale';
import { AUDIT_TIME_COLUMN, AUDIT_WIDTHS, auditEventsSql, auditRows } from './audit-rows';
import { EXPORT_LABELS, ExportLabels } from './export-labels';
import { exportFileName, filtersInWords, periodSlug, regionOfExport, regionSlug } from './filter-words';
import type { ListExportQueryDto } from './list-export.dto';
import { shownFilter, TableExport } from './table-export';
import { TABLE_EXPORT_LABELS } from './table-export-labels';

/** An export ready to send: its file name, and its bytes as they are written. */
export interface ExportFile {
  fileName: string;
  stream: PassThrough;
}

/** Batches as long as someone still downloads them. */
type BatchReader = <T>(batches: AsyncGenerator<T[]>) => AsyncGenerator<T[]>;

/** What every export knows before it writes a row. */
interface ExportContext {
  locale: Locale;
  l: ExportLabels;
  selection: ListSelection;
  confinedTo: number | 'any';
}

const PLAN_ITEM_WIDTHS = [10, 8, 28, 10, 50, 12, 16, 28, 24, 30, 28, 36, 9, 8, 14, 14, 24, 40];

interface PlanRow {
  id: number;
  year: number;
  region: string | null;
  title: string;
  status: string;
  submittedAt: Date | null;
  approvedAt: Date | null;
  items: number;
  planned: number;
  linked: number;
}

interface PlanItemRow {
  planId: number;
  year: number;
  region: string | null;
  id: number;
  topic: string;
  channel: string;
  format: string;
  outlet: string | null;
  rubric: string | null;
  direction: string | null;
  specialProject: string | null;
  audiences: string | null;
  plannedQuarter: number | null;
  plannedMonth: number | null;
  plannedCount: number;
  linked: number;
  responsible: string | null;
  notes: string | null;
}

/**
 * The lists as workbooks for analysis (materials, media plans with their items, the audit trail): the rows the list
 * with the same filter shows the reader, under the quarterly report's layout, streamed in keyset batches.
 */
@Injectable()
export class ListExportsService {
  private readonly logger = new Logger('ListExport');

  constructor(
    private readonly ds: DataSource,
    private readonly materialsList: MaterialsService,
    private readonly plansList: MediaPlansService,
    private readonly auditList: AuditEventsService,
    private readonly itemsList: MediaPlanItemsService,
  ) {}

  async materials(q: ListExportQueryDto, actor: Actor): Promise<ExportFile> {
    const c = await this.context('materials', this.materialsList.selection(q, actor, idsOf(q)), q, actor);
    const { count, limited } = await this.counted(c.selection);
    const lines = await this.lines(c, actor, 'materials', ['publishedFrom', 'publishedTo'], { count, limited });
    const region = await regionSlug(this.ds, regionOfExport(c.selection.filter, c.confinedTo));
    const fileName = exportFileName(
      'materials',
      [periodSlug(c.selection.filter.publishedFrom, c.selection.filter.publishedTo), region],
      c.locale,
    );
    return this.file(fileName, async (wb, read) => {
      const r = REPORT_LABELS[c.locale];
      const sheet = addTableSheet(wb, c.l.materials.sheet, lines, r.materials, MATERIAL_WIDTHS, 1);
      let rows = 0;
      const sql = `${materialRowsSql(`m.id IN (${c.selection.sql})`, c.locale)} ORDER BY ${c.selection.orderBy('m')} LIMIT ${EXPORT_ROW_LIMIT}`;
      for await (const batch of read(cursorBatches<MaterialRow>(this.ds, sql, c.selection.params, BATCH))) {
        for (const m of batch) addValues(sheet.ws, materialCells(m, r, asDate)).commit();
        rows += batch.length;
      }
      close(sheet, rows);
    });
  }

  async mediaPlans(q: ListExportQueryDto, actor: Actor): Promise<ExportFile> {
    const c = await this.context('media-plans', this.plansList.selection(q, actor, idsOf(q)), q, actor);
    const lines = await this.lines(c, actor, 'media-plans', [], undefined);
    const region = await regionSlug(this.ds, regionOfExport(c.selection.filter, c.confinedTo));
    const year = typeof c.selection.filter.year === 'number' ? String(c.selection.filter.year) : undefined;
    const fileName = exportFileName('media-plans', [year, region], c.locale);
    const codes = CODE_LABELS[c.locale];
    const name = NAME_COLUMN[c.locale];
    return this.file(fileName, async (wb, read) => {
      // A plan per region and year: a few hundred at most, read at once; their items are read in batches.
      const plans: PlanRow[] = await this.ds.query(
        `SELECT p.id, p.year, r.${name} AS region, p.title, p.status, p.submitted_at AS "submittedAt", p.approved_at AS "approvedAt",
                (SELECT count(*) FROM media_plan_items i WHERE i.media_plan_id = p.id)::int AS items,
                (SELECT coalesce(sum(i.planned_count), 0) FROM media_plan_items i WHERE i.media_plan_id = p.id)::int AS planned,
                (SELECT count(*) FROM media_plan_items i JOIN materials m ON m.media_plan_item_id = i.id WHERE i.media_plan_id = p.id)::int AS linked
           FROM media_plans p LEFT JOIN regions r ON r.id = p.region_id
          WHERE p.id IN (${c.selection.sql})
          ORDER BY ${c.selection.orderBy('p')}`,
        c.selection.params,
      );
      const planRows: SheetCell[][] = plans.map((p) => [
        p.id,
        p.year,
        p.region ?? c.l.republican,
        p.title,
        label(codes.planStatus, p.status),
        p.submittedAt && almatyCell(p.submittedAt),
        p.approvedAt && almatyCell(p.approvedAt),
        p.items,
        p.planned,
        p.linked,
      ]);
      const plansSheet = addTableSheet(
        wb,
        c.l.mediaPlans.plans,
        lines,
        c.l.mediaPlans.planHeader,
        fitWidths([c.l.mediaPlans.planHeader, ...planRows]),
        1,
      );
      for (const row of planRows) withTimes(addValues(plansSheet.ws, row), [6, 7]).commit();
      close(plansSheet, planRows.length);

      const itemsSheet = addTableSheet(wb, c.l.mediaPlans.items, lines, c.l.mediaPlans.itemHeader, PLAN_ITEM_WIDTHS, 1);
      let rows = 0;
      const items = this.planItemBatches(`p.id IN (${c.selection.sql})`, `${c.selection.orderBy('p')}, i.id`, c.selection.params, c.locale);
      for await (const batch of read(items)) {
        for (const i of batch) addValues(itemsSheet.ws, planItemCells(i, c.l, codes)).commit();
        rows += batch.length;
      }
      close(itemsSheet, rows);
    });
  }

  /** The items list: the items sheet of the media plans export, of the items the list shows, in its order. */
  async mediaPlanItems(q: ListExportQueryDto, actor: Actor): Promise<ExportFile> {
    const c = await this.context('media-plan-items', this.itemsList.selection(q, actor, idsOf(q)), q, actor);
    const { count, limited } = await this.counted(c.selection);
    const lines = await this.titled(this.shown(c, 'media-plan-items', {}), actor, c.l.mediaPlans.items, [], { count, limited });
    const region = await regionSlug(this.ds, regionOfExport(c.selection.filter, c.confinedTo));
    const codes = CODE_LABELS[c.locale];
    return this.file(exportFileName('media-plan-items', [region], c.locale), async (wb, read) => {
      const sheet = addTableSheet(wb, c.l.mediaPlans.items, lines, c.l.mediaPlans.itemHeader, PLAN_ITEM_WIDTHS, 1);
      let rows = 0;
      const items = this.planItemBatches(`i.id IN (${c.selection.sql})`, c.selection.orderBy('i'), c.selection.params, c.locale);
      for await (const batch of read(items)) {
        for (const i of batch) addValues(sheet.ws, planItemCells(i, c.l, codes)).commit();
        rows += batch.length;
      }
      close(sheet, rows);
    });
  }

  /** A list of one sheet (users, outlets, rubrics, the named references), as the list shows it, in its order. */
  async table<R>(t: TableExport<R>, q: ListExportQueryDto, actor: Actor): Promise<ExportFile> {
    const c = await this.context(t.list, t.service.selection(q, actor, idsOf(q)), q, actor);
    const { count, limited } = await this.counted(c.selection);
    const sheet = TABLE_EXPORT_LABELS[c.locale].tables[t.list];
    const lines = await this.titled(this.shown(c, t.list, t.codeFilters ?? {}), actor, sheet.title, [], { count, limited });
    const region = await regionSlug(this.ds, regionOfExport(c.selection.filter, c.confinedTo));
    return this.file(exportFileName(t.list, [region], c.locale), async (wb, read) => {
      const table = addTableSheet(wb, sheet.sheet, lines, sheet.header, t.widths, 1);
      let rows = 0;
      const sql = `${t.rowsSql(c.locale)} WHERE r.id IN (${c.selection.sql}) ORDER BY ${c.selection.orderBy('r')} LIMIT ${EXPORT_ROW_LIMIT}`;
      for await (const batch of read(cursorBatches<R>(this.ds, sql, c.selection.params, BATCH))) {
        for (const row of batch) withTimes(addValues(table.ws, t.cells(row, c.locale)), t.timeColumns ?? []).commit();
        rows += batch.length;
      }
      close(table, rows);
    });
  }

  async auditEvents(q: ListExportQueryDto, actor: Actor): Promise<ExportFile> {
    const c = await this.context('audit-events', this.auditList.selection(q, actor, idsOf(q)), q, actor);
    const { count, limited } = await this.counted(c.selection);
    const lines = await this.lines(c, actor, 'audit-events', ['from', 'to'], { count, limited });
    const region = await regionSlug(this.ds, regionOfExport(c.selection.filter, c.confinedTo));
    const fileName = exportFileName('audit-events', [periodSlug(c.selection.filter.from, c.selection.filter.to), region], c.locale);
    const rowsOf = auditRows(c.locale);
    return this.file(fileName, async (wb, read) => {
      const sheet = addTableSheet(wb, c.l.audit.sheet, lines, c.l.audit.header, AUDIT_WIDTHS, 1);
      let rows = 0;
      for await (const batch of read(
        cursorBatches<AuditEvent>(this.ds, auditEventsSql(c.selection.sql, c.selection.orderBy('e')), c.selection.params, BATCH),
      )) {
        for (const cells of await rowsOf(this.ds.manager, batch)) withTimes(addValues(sheet.ws, cells), [AUDIT_TIME_COLUMN]).commit();
        rows += batch.length;
      }
      close(sheet, rows);
    });
  }

  private async context(resource: ResourceName, selection: ListSelection, q: ListExportQueryDto, actor: Actor): Promise<ExportContext> {
    const locale = q.lang ?? (await userLocale(this.ds, actor.id));
    return { locale, l: EXPORT_LABELS[locale], selection, confinedTo: readRegion(resource, actor) };
  }

  /** The title block: the list's name, the period when the filter gives both its ends, the filters in words. */
  private async lines(
    c: ExportContext,
    actor: Actor,
    resource: 'materials' | 'media-plans' | 'audit-events',
    periodKeys: string[],
    rows: TitleBlock['rows'],
  ): Promise<string[]> {
    const title = { materials: c.l.materials.title, 'media-plans': c.l.mediaPlans.title, 'audit-events': c.l.audit.title }[resource];
    return this.titled(c, actor, title, periodKeys, rows);
  }

  /** The title block under the given title. */
  private async titled(c: ExportContext, actor: Actor, title: string, periodKeys: string[], rows: TitleBlock['rows']): Promise<string[]> {
    const [fromKey, toKey] = periodKeys;
    const from = fromKey ? c.selection.filter[fromKey] : undefined;
    const to = toKey ? c.selection.filter[toKey] : undefined;
    const period = typeof from === 'string' && typeof to === 'string' ? { from, to } : undefined;
    const filter = Object.fromEntries(Object.entries(c.selection.filter).filter(([k]) => !(period && periodKeys.includes(k))));
    return titleLines(
      {
        title,
        period,
        filters: await filtersInWords(this.ds, filter, c.confinedTo, c.l, CODE_LABELS[c.locale], c.locale),
        by: await userSignature(this.ds, actor.id, actor.login),
        at: new Date(),
        rows,
      },
      c.locale,
    );
  }

  /** The context as the title block of a list with filters of its own shows it (see shownFilter). */
  private shown(c: ExportContext, list: string, codeFilters: Readonly<Record<string, CodeKind>>): ExportContext {
    const { names, filter } = shownFilter(list, c.selection.filter, codeFilters, c.locale);
    return { ...c, l: { ...c.l, filters: { ...c.l.filters, ...names } }, selection: { ...c.selection, filter } };
  }

  /** How many rows the export holds: all that match, up to EXPORT_ROW_LIMIT (a count that reads no further). */
  private async counted(s: ListSelection): Promise<{ count: number; limited: boolean }> {
    const [{ n }]: { n: number }[] = await this.ds.query(
      `SELECT count(*)::int AS n FROM (${s.sql} LIMIT ${EXPORT_ROW_LIMIT + 1}) x`,
      s.params,
    );
    return { count: Math.min(n, EXPORT_ROW_LIMIT), limited: n > EXPORT_ROW_LIMIT };
  }

  /** The items that `where` picks, in the given order. */
  private planItemBatches(where: string, order: string, params: unknown[], locale: Locale): AsyncGenerator<PlanItemRow[]> {
    const name = NAME_COLUMN[locale];
    const sql = `SELECT p.id AS "planId", p.year, r.${name} AS region, i.id, i.topic, i.channel, i.format, o.name AS outlet,
                        rb.name AS rubric, d.${name} AS direction, sp.${name} AS "specialProject",
                        (SELECT string_agg(a.${name}, ', ' ORDER BY a.${name})
                           FROM media_plan_item_target_audiences ia JOIN target_audiences a ON a.id = ia.target_audience_id
                          WHERE ia.media_plan_item_id = i.id) AS audiences,
                        i.planned_quarter AS "plannedQuarter",
                        i.planned_month AS "plannedMonth", i.planned_count AS "plannedCount",
                        (SELECT count(*) FROM materials m WHERE m.media_plan_item_id = i.id)::int AS linked, i.responsible, i.notes
                   FROM media_plan_items i
                   JOIN media_plans p ON p.id = i.media_plan_id
                   LEFT JOIN regions r ON r.id = p.region_id
                   LEFT JOIN outlets o ON o.id = i.outlet_id
                   LEFT JOIN rubrics rb ON rb.id = i.rubric_id
                   LEFT JOIN directions d ON d.id = i.direction_id
                   LEFT JOIN special_projects sp ON sp.id = i.special_project_id
                  WHERE ${where}
                  ORDER BY ${order}
                  LIMIT ${EXPORT_ROW_LIMIT}`;
    return cursorBatches<PlanItemRow>(this.ds, sql, params, BATCH);
  }

  /**
   * Starts writing and answers at once; a failure half-way ends the stream with an error, logged. The batches are read
   * through `read`, which stops at the first batch after the download is gone (its cursor is then closed).
   */
  private file(fileName: string, write: (wb: ExcelJS.stream.xlsx.WorkbookWriter, read: BatchReader) => Promise<void>): ExportFile {
    const stream = new PassThrough();
    async function* read<T>(batches: AsyncGenerator<T[]>): AsyncGenerator<T[]> {
      for await (const batch of batches) {
        if (stream.destroyed) return;
        yield batch;
      }
    }
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
    wb.creator = 'Outreach back-office';
    write(wb, read)
      .then(() => (stream.destroyed ? undefined : wb.commit()))
      .catch((e: unknown) => {
        this.logger.error(e instanceof Error ? e.stack : String(e));
        stream.destroy(e instanceof Error ? e : new Error(String(e)));
      });
    return { fileName, stream };
  }
}

/** An item's row: its plan, where it is due, what it plans and how much of it is done. */
function planItemCells(i: PlanItemRow, l: ExportLabels, codes: CodeLabels): SheetCell[] {
  return [
    i.planId,
    i.year,
    i.region ?? l.republican,
    i.id,
    i.topic,
    label(codes.channel, i.channel),
    label(codes.format, i.format),
    i.outlet,
    i.rubric,
    i.direction,
    i.specialProject,
    i.audiences,
    i.plannedQuarter,
    i.plannedMonth,
    i.plannedCount,
    i.linked,
    i.responsible,
    i.notes,
  ];
}

/** The rows picked by hand, within the filter. */
function idsOf(q: ListExportQueryDto): Record<string, unknown> {
  return q.ids ? { id: q.ids.split(',').map(Number) } : {};
}

/** Shows the given columns (1-based) of a row as date and time. */
function withTimes(row: ExcelJS.Row, columns: readonly number[]): ExcelJS.Row {
  for (const c of columns) if (row.getCell(c).value instanceof Date) row.getCell(c).numFmt = DATE_TIME_FORMAT;
  return row;
}

/** The autofilter over the header and the rows written, then the sheet is done. */
function close(sheet: TableSheet, rows: number): void {
  closeTable(sheet, sheet.headerRow + rows);
  sheet.ws.commit();
}
