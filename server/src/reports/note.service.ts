import { PassThrough } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Locale } from '../../../contracts/codes';
import { Actor } from '../common/actor';
import { ReadSource } from '../common/read-source';
import { titleLines } from '../common/workbook-layout';
import { planVsFact } from '../materials/material-plan.reads';
import { bySpecialProject, regionsByChannel } from '../materials/material-report.reads';
import { completenessOf, coverageOf } from '../rollups/analytics.service';
import { nationalRollup } from '../rollups/rollups.service';
import { NOTE_LABELS, NotePeriod } from './note-labels';
import { NoteBlock, NoteFacts, noteBlocks, NoteTable, periodDays, previousPeriod } from './note-text';
import { REPORT_LABELS } from './report-labels';

export interface NoteRequest extends NotePeriod {
  regionId?: number;
  /** The region's name as the request read it (null: the whole country, or a region that is gone). */
  regionName: string | null;
  locale: Locale;
  /** Who asks, as the note's title block names them. */
  by: string;
}

const FONT = 'Times New Roman';
/** Sizes in half-points: 14 pt for the text as official notes are typed, 11 pt for remarks, 10 pt in the table, 9 pt for the title block. */
const TEXT = 28;
const SMALL = 22;
const CELL = 20;
const TINY = 18;
const INDENT = convertMillimetersToTwip(12.5);
const MARGIN = { top: 20, bottom: 20, left: 30, right: 15 };
/** A4 between the margins: the table's columns share it. */
const TABLE_WIDTH = convertMillimetersToTwip(210 - MARGIN.left - MARGIN.right);
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

const text = (value: string, o: { bold?: boolean; size?: number; color?: string; italics?: boolean } = {}) =>
  new TextRun({ text: value, font: FONT, size: o.size ?? TEXT, bold: o.bold, color: o.color, italics: o.italics });

function cell(value: string, o: { header?: boolean; total?: boolean; first: boolean }): TableCell {
  return new TableCell({
    borders: BORDERS,
    shading: o.header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'DCE6F1' } : undefined,
    margins: { top: 30, bottom: 30, left: 60, right: 60 },
    children: [
      new Paragraph({
        alignment: o.first ? AlignmentType.LEFT : o.header ? AlignmentType.CENTER : AlignmentType.RIGHT,
        children: [text(value, { size: o.header ? TINY : CELL, bold: o.header || o.total })],
      }),
    ],
  });
}

function table(t: NoteTable): Table {
  const row = (cells: string[], o: { header?: boolean; total?: boolean }) =>
    new TableRow({ tableHeader: o.header, cantSplit: true, children: cells.map((v, i) => cell(v, { ...o, first: i === 0 })) });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [25, ...t.header.slice(1).map(() => 75 / (t.header.length - 1))].map((share) => Math.round((share / 100) * TABLE_WIDTH)),
    rows: [row(t.header, { header: true }), ...t.rows.map((r) => row(r, {})), row(t.total, { total: true })],
  });
}

function block(b: NoteBlock): (Paragraph | Table)[] {
  if ('table' in b) return [table(b.table), new Paragraph({ spacing: { after: 120 }, children: [] })];
  if ('heading' in b)
    return [new Paragraph({ keepNext: true, spacing: { before: 240, after: 120 }, children: [text(b.heading, { bold: true })] })];
  if ('note' in b) return [new Paragraph({ spacing: { after: 120 }, children: [text(b.note, { size: SMALL, italics: true })] })];
  return [
    new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: INDENT },
      spacing: { after: 120 },
      children: [text(b.paragraph)],
    }),
  ];
}

/** The ministry's written note on a year or a quarter, drafted by rule from the register's figures, as a Word document. */
@Injectable()
export class NoteService {
  private readonly logger = new Logger('Note');

  constructor(private readonly reads: ReadSource) {}

  /** The period, the region (none: the whole country) and the language, e.g. note-2020-q1-north-kazakhstan-kk.docx. */
  fileName(req: NoteRequest, regionCode: string | undefined): string {
    return `note-${req.year}${req.quarter ? `-q${req.quarter}` : ''}${regionCode ? `-${regionCode}` : ''}-${req.locale}.docx`;
  }

  /** The figures of the note, read in one go where the router says; the same reads as the quarterly report and the analytics pages. */
  facts(actor: Actor, req: NoteRequest): Promise<NoteFacts> {
    const period: NotePeriod = { year: req.year, quarter: req.quarter };
    const before = previousPeriod(period);
    const p = { ...periodDays(period), regionId: req.regionId };
    const b = periodDays(before);
    const republican = REPORT_LABELS[req.locale].republicanLevel;
    return this.reads.read(actor, async (ds) => {
      const [national, previous, regions, completeness, coverage, specialProjects, plan] = await Promise.all([
        nationalRollup(ds, p.from, p.to, p.regionId),
        nationalRollup(ds, b.from, b.to, p.regionId),
        regionsByChannel(ds, p, req.locale),
        completenessOf(ds, p.from, p.to, p.regionId),
        coverageOf(ds, p.from, p.to, p.regionId),
        bySpecialProject(ds, p, req.locale),
        planVsFact(ds, req.year, req.quarter, p.regionId, req.locale, republican),
      ]);
      return {
        period,
        previousPeriod: before,
        region: req.regionName,
        national,
        previous,
        regions,
        completeness,
        coverage,
        specialProjects,
        plan,
      };
    });
  }

  /** The document: a title, the title block (period, region, when, by whom), the body and the signature. */
  document(req: NoteRequest, f: NoteFacts, at: Date): Document {
    const l = NOTE_LABELS[req.locale];
    const r = REPORT_LABELS[req.locale];
    const days = periodDays(f.period);
    const [, ...lines] = titleLines(
      { title: l.heading, period: days, filters: [`${r.region}: ${f.region ?? r.allRegions}`], by: req.by, at },
      req.locale,
    );
    return new Document({
      creator: 'Outreach back-office',
      title: `${l.heading} ${l.subject(f.period, f.region)}`,
      sections: [
        {
          properties: {
            page: {
              margin: {
                top: convertMillimetersToTwip(MARGIN.top),
                bottom: convertMillimetersToTwip(MARGIN.bottom),
                left: convertMillimetersToTwip(MARGIN.left),
                right: convertMillimetersToTwip(MARGIN.right),
              },
            },
          },
          footers: {
            default: new Footer({
              children: [
                new Paragraph({
                  alignment: AlignmentType.CENTER,
                  children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: TINY })],
                }),
              ],
            }),
          },
          children: [
            new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 60 }, children: [text(l.heading, { bold: true })] }),
            new Paragraph({
              alignment: AlignmentType.CENTER,
              spacing: { after: 240 },
              children: [text(l.subject(f.period, f.region), { bold: true })],
            }),
            ...lines.map(
              (line) => new Paragraph({ alignment: AlignmentType.RIGHT, children: [text(line, { size: TINY, color: '595959' })] }),
            ),
            new Paragraph({
              alignment: AlignmentType.RIGHT,
              spacing: { after: 240 },
              children: [text(l.draft, { size: TINY, color: '595959', italics: true })],
            }),
            ...noteBlocks(f, req.locale).flatMap(block),
            new Paragraph({ spacing: { before: 480 }, children: [text(l.signature(req.by))] }),
          ],
        },
      ],
    });
  }

  /** Reads the figures, then streams the packed document; a failure half-way ends the stream with an error, logged. */
  stream(req: NoteRequest, actor: Actor): PassThrough {
    const out = new PassThrough();
    const fail = (e: unknown) => {
      this.logger.error(e instanceof Error ? e.stack : String(e));
      out.destroy(e instanceof Error ? e : new Error(String(e)));
    };
    this.facts(actor, req)
      .then((f) => {
        const packed = Packer.toStream(this.document(req, f, new Date()));
        packed.on('error', fail);
        packed.pipe(out);
      })
      .catch(fail);
    return out;
  }
}
