import {
  changeParts,
  changesText,
  codeGroupOf,
  EMPTY_VALUE,
  type LabelledChange,
  type NameOf,
  partsText,
  type ValuePart,
} from './audit-changes';
import { isAuditNamedResource, type AuditEvent, type AuditNamedResource, type AuditReference } from './audit-events';
import { auditSentence } from './audit-sentence';
import type { Translate } from './audit-vocabulary';

/** An audit event as far as its reading goes. */
export type AuditRecord = Pick<AuditEvent, 'id'> &
  Partial<
    Pick<
      AuditEvent,
      | 'action'
      | 'resource'
      | 'recordId'
      | 'regionId'
      | 'changes'
      | 'comment'
      | 'userId'
      | 'userName'
      | 'userRole'
      | 'userRegionId'
      | 'references'
    >
  >;

export interface ReadableChange extends LabelledChange {
  field: string;
  beforeParts: ValuePart[];
  afterParts: ValuePart[];
}

export interface AuditReading {
  /** A referenced record of the event by name in the reader's language, linked to its page when the reader has one. */
  nameOf(record: AuditRecord): NameOf;
  /** The changed fields, labelled, codes and booleans translated, referenced records by name. */
  lines(record: AuditRecord): ReadableChange[];
  /** A step (import, workflow, copy, sessions) as a sentence; null for an edit. */
  sentence(record: AuditRecord): { text: string; quotesComment: boolean } | null;
  /** The sentence, or the changed fields one a line: what the changes column says, as text. */
  changesText(record: AuditRecord): string;
  /** Who acted: the name, or "user no. N" when the account is gone; empty for none. */
  person(record: AuditRecord): string;
  /** The acting user's role and region, translated. */
  personDetails(record: AuditRecord): string;
  /** The changed record: its kind and name, or its number when it is gone. */
  recordLabel(record: AuditRecord): ValuePart | null;
}

/** Who reads the events, and in which language: the UI's reader, or the server writing a workbook. */
export interface ReadingContext {
  translate: Translate;
  locale: string;
  /** A calendar date (2026-12-05) as the language writes it. */
  formatDate: (isoDate: string) => string;
  /** A referenced record's page, when the reader has one. */
  pathOf?: (reference: AuditReference) => string | undefined;
  /** The reader, whose own events name them "you". */
  readerId?: number | string;
}

// The names a reference carries, by language.
const NAME_IN = { kk: 'nameKk', ru: 'nameRu', en: 'nameEn' } as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_FIELD = /(On|At|From|To)$/;

const findReference = (record: AuditRecord, resource: AuditNamedResource, id: number): AuditReference | undefined =>
  record.references?.find((r) => r.resource === resource && r.id === id);

/** The audit trail as the list reads it: one reading for the UI's list and the server's workbook. */
export const auditReading = ({ translate, locale, formatDate, pathOf = () => undefined, readerId }: ReadingContext): AuditReading => {
  const nameSource = locale === 'kk' || locale === 'en' ? NAME_IN[locale] : NAME_IN.ru;

  const nameOf =
    (record: AuditRecord): NameOf =>
    (resource, id) => {
      const reference = findReference(record, resource, id);
      return reference ? { text: reference[nameSource], to: pathOf(reference) } : undefined;
    };

  const lines = (record: AuditRecord): ReadableChange[] => {
    const translateCode = (field: string, code: string) => {
      const group = codeGroupOf(record.resource, field);
      if (group) return translate(`app.${group}.${code}`, { _: code });
      return DATE_FIELD.test(field) && ISO_DATE.test(code) ? formatDate(code) : code;
    };
    // A created record's empty fields, and a deleted one's, say nothing.
    const shown = (line: ReadableChange) =>
      record.action === 'create' ? line.after !== EMPTY_VALUE : record.action === 'delete' ? line.before !== EMPTY_VALUE : true;
    return changeParts(record.changes, (flag) => translate(`ra.boolean.${flag}`), translateCode, nameOf(record))
      .map((line) => ({
        field: line.field,
        label: translate(`resources.${record.resource}.fields.${line.field}`, { _: line.field }),
        before: partsText(line.before),
        after: partsText(line.after),
        beforeParts: line.before,
        afterParts: line.after,
      }))
      .filter(shown);
  };

  const sentence = (record: AuditRecord) => auditSentence(record, translate, nameOf(record));

  const person = (record: AuditRecord): string => {
    if (record.userId == null) return '';
    const name = record.userName ?? translate('app.audit.user_n', { id: record.userId });
    return record.userId === readerId ? `${name} (${translate('app.audit.you')})` : name;
  };

  const personDetails = (record: AuditRecord): string => {
    const region = record.userRegionId == null ? undefined : nameOf(record)('regions', record.userRegionId)?.text;
    const role = record.userRole ? translate(`app.role.${record.userRole}`, { _: record.userRole }) : undefined;
    return [role, region].filter(Boolean).join(' · ');
  };

  const recordLabel = (record: AuditRecord): ValuePart | null => {
    // A quarter's closure has no page and no name: the entry's sentence says which quarter it was.
    if (record.recordId == null || !record.resource || record.resource === 'quarters') return null;
    const kind = translate(`resources.${record.resource}.name`, { smart_count: 1, _: record.resource });
    const reference = isAuditNamedResource(record.resource) ? findReference(record, record.resource, record.recordId) : undefined;
    if (reference) return { text: translate('app.audit.record', { resource: kind, name: reference[nameSource] }), to: pathOf(reference) };
    // A deleted record's name is in its last event, as the value it had.
    const gone = ['title', 'name', 'topic', 'fullName', nameSource]
      .map((field) => record.changes?.[field]?.before)
      .find((v) => typeof v === 'string');
    return {
      text: gone
        ? translate('app.audit.record', { resource: kind, name: gone })
        : translate('app.audit.record_n', { resource: kind, id: record.recordId }),
    };
  };

  return {
    nameOf,
    lines,
    sentence,
    changesText: (record) => sentence(record)?.text ?? changesText(lines(record), record.action),
    person,
    personDetails,
    recordLabel,
  };
};
