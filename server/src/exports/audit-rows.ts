import type { EntityManager } from 'typeorm';
import { auditReading } from '../../../contracts/audit-reading';
import { auditTranslate, sectionName } from '../../../contracts/audit-vocabulary';
import { CODE_LABELS } from '../../../contracts/code-labels';
import type { Locale } from '../../../contracts/codes';
import { calendarDate } from '../../../contracts/grammar';
import type { SheetCell } from '../../../contracts/spreadsheet-cells';
import type { AuditEvent } from '../audit-events/audit-event.entity';
import { withNames } from '../audit-events/audit-names';
import { almatyCell, EXPORT_ROW_LIMIT } from '../common/workbook-layout';
import { label } from '../reports/material-cells';

/** No., when, who, role and region, section, record, region, action, changes (or the step's sentence), comment. */
export const AUDIT_WIDTHS = [9, 17, 28, 30, 18, 40, 22, 24, 80, 40];

/** The column of the event's time (1-based), shown as date and time. */
export const AUDIT_TIME_COLUMN = 2;

/** An Excel cell holds at most this many characters. */
const CELL_TEXT_LIMIT = 32_767;

const fitCell = (text: string): string => (text.length > CELL_TEXT_LIMIT ? `${text.slice(0, CELL_TEXT_LIMIT - 1)}…` : text);

/** The selected events in the list's order (its sort; newest first by default), as the list's API reads them. */
export const auditEventsSql = (selection: string, orderBy: string): string =>
  `SELECT e.id, e.at, e.user_id AS "userId", e.action, e.resource, e.record_id AS "recordId", e.region_id AS "regionId",
          e.changes, e.comment
     FROM audit_events e
    WHERE e.id IN (${selection})
    ORDER BY ${orderBy}
    LIMIT ${EXPORT_ROW_LIMIT}`;

/**
 * The rows of a batch of events, worded as the list words them in the language: the person with role and region,
 * the section, the record by its label, the step's sentence or the changed fields with referenced records by name.
 * One statement names every record a batch refers to (the list's own), none per row.
 */
export function auditRows(locale: Locale): (m: EntityManager, batch: AuditEvent[]) => Promise<SheetCell[][]> {
  const reading = auditReading({ translate: auditTranslate(locale), locale, formatDate: (date) => calendarDate(date, locale) });
  const actions = CODE_LABELS[locale].auditAction;
  return async (m, batch) =>
    (await withNames(m, batch)).map((e) => {
      const record = { ...e, at: e.at.toISOString() };
      const sentence = reading.sentence(record);
      const region = e.regionId === null ? null : (reading.nameOf(record)('regions', e.regionId)?.text ?? String(e.regionId));
      return [
        e.id,
        almatyCell(e.at),
        reading.person(record) || null,
        reading.personDetails(record) || null,
        sectionName(e.resource, locale),
        reading.recordLabel(record)?.text ?? null,
        region,
        label(actions, e.action),
        fitCell(reading.changesText(record)) || null,
        e.comment && !sentence?.quotesComment ? e.comment : null,
      ];
    });
}
