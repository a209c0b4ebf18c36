import { isURL } from 'class-validator';
import type { Locale } from '../../../contracts/codes';
import { latestPublicationDay, MATERIAL_COUNT_FIELDS, MaterialCountField } from '../../../contracts/materials';
import { restoreCellText } from '../../../contracts/spreadsheet-cells';
import { isCalendarDate } from '../common/list-query';
import { MAX_INT } from '../common/pg-limits';
import { brokenRules } from '../materials/material-rules';
import type { ImportedMaterial } from '../materials/materials.repository';
import { quarterOf } from '../quarters/quarter-lock';
import { COLUMNS, Header, ImportField, isExampleTitle } from './import-columns';
import { ImportMessages, Said } from './import-messages';
import { ImportReferences, Lookup, LookupProblem } from './import-references';

/** A cell as the readers give it: text, or a date that the spreadsheet itself typed as one. */
export type CellValue = string | Date;

export interface StagedRow extends ImportedMaterial {
  row: number;
  audienceIds: number[];
}

export interface RowProblem extends Said {
  column: string;
}

const MAX_AUDIENCES = 10;
const ID = /^\d{1,9}$/;

function isoDate(value: CellValue): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  const dmy = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  const iso = dmy ? `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}` : value;
  return isCalendarDate(iso) ? iso : null;
}

/** Checks one row as a single write would be checked, against references read once. */
export class RowChecker {
  private readonly index = new Map<ImportField, number>();
  /** One day for the whole file, even when it is read across midnight. */
  private readonly today = latestPublicationDay();

  constructor(
    private readonly header: Header,
    private readonly refs: ImportReferences,
    private readonly ownRegion: number | 'any',
    private readonly msg: ImportMessages,
    private readonly locale: Locale,
  ) {
    header.fields.forEach((field, i) => field && this.index.set(field, i));
  }

  /** Whether a row is the template's example, which the import skips. */
  isExample(cells: CellValue[]): boolean {
    const title = cells[this.index.get('title') ?? -1];
    return typeof title === 'string' && isExampleTitle(title);
  }

  check(row: number, cells: CellValue[]): { staged: StagedRow } | { problems: RowProblem[] } {
    const problems: RowProblem[] = [];
    const fail = (field: ImportField, said: Said): null => {
      problems.push({ column: this.header.names.get(field) ?? COLUMNS[field].labels[this.locale], ...said });
      return null;
    };
    const cell = (field: ImportField): CellValue => {
      const i = this.index.get(field);
      const v = i === undefined ? '' : (cells[i] ?? '');
      // A cell of a file we exported holds neutralized text ('=...): the stored value is what was typed.
      return typeof v === 'string' ? restoreCellText(v).trim() : v;
    };
    const text = (field: ImportField): string => {
      const v = cell(field);
      return v instanceof Date ? (isoDate(v) ?? '') : v;
    };
    const required = (field: ImportField): string | null => {
      const v = text(field);
      return v === '' ? (this.index.has(field) ? fail(field, this.msg.required) : null) : v;
    };
    const limited = (field: ImportField, max: number, value: string | null): string | null =>
      value !== null && value.length > max ? fail(field, this.msg.tooLong(max)) : value;
    const lookup = (field: ImportField, found: Lookup, value: string): number | null =>
      'id' in found ? found.id : fail(field, this.problem(found.problem, value));
    const optional = <T>(field: ImportField, read: (value: string) => T | null): T | null => {
      const v = text(field);
      return v === '' ? null : read(v);
    };

    const regionId = this.region(text('region'), fail);
    const title = limited('title', 1000, required('title'));

    const dateCell = cell('publishedOn');
    let publishedOn: string | null = null;
    if (dateCell !== '') {
      publishedOn = isoDate(dateCell) ?? fail('publishedOn', this.msg.badDate);
      if (publishedOn !== null) {
        const { year, quarter } = quarterOf(publishedOn);
        const quarterStatus = regionId === null ? undefined : this.refs.quarterStatus(regionId, year, quarter);
        const [broken] = brokenRules({ publishedOn, today: this.today, quarterStatus }, 'publishedOn');
        if (broken === 'publishedByToday') publishedOn = fail('publishedOn', this.msg.laterThanToday(this.today));
        else if (broken === 'quarterOpen') publishedOn = fail('publishedOn', this.msg.closedQuarter(quarter, year));
      }
    } else required('publishedOn');

    const outletName = required('outlet');
    let outlet = null;
    if (outletName !== null) {
      const found = this.refs.outlet(outletName, regionId);
      if ('outlet' in found) outlet = found.outlet;
      else fail('outlet', this.problem(found.problem, outletName));
    }
    const rubricId = optional('rubric', (v) => (outlet ? lookup('rubric', this.refs.rubric(v, outlet.id), v) : null));

    const code = <C extends string>(
      field: ImportField,
      index: { find(v: string): C | undefined; allowed: Record<Locale, string> },
    ): C | null => {
      const v = required(field);
      return v === null ? null : (index.find(v) ?? fail(field, this.msg.notAllowed(index.allowed[this.locale])));
    };
    const language = code('language', this.refs.languages);
    const format = code('format', this.refs.formats);

    const url = optional('url', (v) =>
      v.length <= 2000 && isURL(v, { require_protocol: true, protocols: ['http', 'https'] }) ? v : fail('url', this.msg.badUrl),
    );
    const directionId = optional('direction', (v) => lookup('direction', this.refs.directions.find(v), v));
    const specialProjectId = optional('specialProject', (v) => lookup('specialProject', this.refs.specialProjects.find(v), v));
    const audienceIds = optional('targetAudiences', (v) => {
      const ids = new Set<number>();
      for (const name of v
        .split(/[;,]/)
        .map((s) => s.trim())
        .filter((s) => s !== '')) {
        const id = lookup('targetAudiences', this.refs.audiences.find(name), name);
        if (id !== null) ids.add(id);
      }
      return ids.size > MAX_AUDIENCES ? fail('targetAudiences', this.msg.tooManyAudiences(MAX_AUDIENCES)) : [...ids];
    });
    const mediaPlanItemId = optional('mediaPlanItem', (v) => {
      const item = ID.test(v) ? this.refs.planItem(Number(v)) : undefined;
      const [broken] = brokenRules(
        {
          mediaPlanItemId: Number(v),
          itemRegionId: item?.regionId ?? null,
          itemYear: item?.year ?? null,
          itemStatus: item?.status ?? null,
          regionId: regionId ?? undefined,
          year: publishedOn === null ? undefined : quarterOf(publishedOn).year,
        },
        'mediaPlanItemId',
      );
      switch (broken) {
        case undefined:
          return Number(v);
        case 'planItemOfRegion':
          return fail('mediaPlanItem', this.msg.planItemOfOtherRegion);
        case 'planItemOfYear':
          return fail('mediaPlanItem', this.msg.planItemOfOtherYear(item?.year ?? 0));
        case 'planItemApproved':
          return fail('mediaPlanItem', this.msg.planItemNotApproved);
        default:
          return fail('mediaPlanItem', this.msg.notFound(v));
      }
    });
    const counts = Object.fromEntries(
      MATERIAL_COUNT_FIELDS.map((field) => [
        field,
        optional(field, (v) => {
          const digits = v.replace(/[\s\u00a0]/g, '');
          return /^\d{1,10}$/.test(digits) && Number(digits) <= MAX_INT ? Number(digits) : fail(field, this.msg.badCount);
        }),
      ]),
    ) as Record<MaterialCountField, number | null>;
    const notes = limited(
      'notes',
      4000,
      optional('notes', (v) => v),
    );

    if (
      problems.length > 0 ||
      regionId === null ||
      !outlet ||
      title === null ||
      publishedOn === null ||
      language === null ||
      format === null
    ) {
      return { problems };
    }
    return {
      staged: {
        row,
        regionId,
        outletId: outlet.id,
        rubricId,
        channel: outlet.kind,
        mediaLevel: outlet.level,
        language,
        format,
        title,
        url,
        publishedOn,
        directionId,
        specialProjectId,
        mediaPlanItemId,
        ...counts,
        notes,
        audienceIds: audienceIds ?? [],
      },
    };
  }

  private problem(problem: LookupProblem, value: string): Said {
    switch (problem) {
      case 'ambiguous':
        return this.msg.ambiguous(value);
      case 'otherRegion':
        return this.msg.outletOfOtherRegion(value);
      case 'otherOutlet':
        return this.msg.rubricOfOtherOutlet(value);
      default:
        return this.msg.notFound(value);
    }
  }

  /** An office's rows are its own region's (a region column may only repeat it); an administrator names one per row. */
  private region(value: string, fail: (field: ImportField, said: Said) => null): number | null {
    if (value === '') {
      if (this.ownRegion !== 'any') return this.ownRegion;
      return this.index.has('region') ? fail('region', this.msg.regionRequired) : null;
    }
    const found = this.refs.regions.find(value);
    if (!('id' in found)) return fail('region', this.problem(found.problem, value));
    if (this.ownRegion !== 'any' && found.id !== this.ownRegion) return fail('region', this.msg.otherRegion);
    return found.id;
  }
}
