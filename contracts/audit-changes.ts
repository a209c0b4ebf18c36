import { AUDIT_REFERENCE_FIELDS, type AuditChanges, type AuditNamedResource } from './audit-events';
import type { CodeKind } from './code-labels';

export const EMPTY_VALUE = '—';

/** A stored value as one short line; booleans are left to the caller to translate. */
export const formatValue = (value: unknown, yesNo: (flag: boolean) => string): string => {
  if (value === null || value === undefined || value === '') return EMPTY_VALUE;
  if (typeof value === 'boolean') return yesNo(value);
  if (Array.isArray(value)) return value.length ? value.map((item) => formatValue(item, yesNo)).join(', ') : EMPTY_VALUE;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
};

const CODE_GROUPS: Record<string, CodeKind> = {
  role: 'role',
  locale: 'locale',
  channel: 'channel',
  mediaLevel: 'level',
  level: 'level',
  language: 'language',
  languages: 'language',
  format: 'format',
  status: 'planStatus',
};

/** The app.<group> message group that names a coded field's values, if the field holds codes. */
export const codeGroupOf = (resource: string | undefined, field: string): CodeKind | undefined =>
  field === 'kind' ? (resource === 'regions' ? 'regionKind' : 'channel') : CODE_GROUPS[field];

/** A piece of a shown value: a referenced record by name, with where its page is. */
export interface ValuePart {
  text: string;
  to?: string;
}

/** A referenced record as the event names it; undefined when the event does not (the record is gone). */
export type NameOf = (resource: AuditNamedResource, id: number) => ValuePart | undefined;

export interface ChangeParts {
  field: string;
  before: ValuePart[];
  after: ValuePart[];
}

const idsOf = (value: unknown): number[] | null => {
  const items = Array.isArray(value) ? value : [value];
  return items.length > 0 && items.every((item) => Number.isInteger(item)) ? (items as number[]) : null;
};

/** The changes field by field, each id of a referenced record by its name where the event names it. */
export const changeParts = (
  changes: AuditChanges | null | undefined,
  yesNo: (flag: boolean) => string,
  translateCode: (field: string, code: string) => string = (_field, code) => code,
  nameOf?: NameOf,
): ChangeParts[] =>
  Object.entries(changes ?? {})
    .map(([field, change]) => {
      const resource = AUDIT_REFERENCE_FIELDS[field];
      const show = (value: unknown): ValuePart[] => {
        const ids = resource && nameOf ? idsOf(value) : null;
        if (ids && resource && nameOf) return ids.map((id) => nameOf(resource, id) ?? { text: String(id) });
        const codeOrValue = typeof value === 'string' ? translateCode(field, value) : value;
        return [{ text: formatValue(Array.isArray(value) ? value.map((item) => translateCode(field, String(item))) : codeOrValue, yesNo) }];
      };
      return { field, before: show(change?.before), after: show(change?.after) };
    })
    .sort((a, b) => a.field.localeCompare(b.field));

export const partsText = (parts: ValuePart[]): string => parts.map((part) => part.text).join(', ');

export interface LabelledChange {
  label: string;
  before: string;
  after: string;
}

/** One change as the list shows it: a created record's value, a deleted one's, or what it was and became. */
export const changeText = ({ label, before, after }: LabelledChange, action?: string): string =>
  action === 'create' ? `${label}: ${after}` : action === 'delete' ? `${label}: ${before}` : `${label}: ${before} → ${after}`;

/** The changes as the list shows them, one line each, for a cell of an export. */
export const changesText = (lines: LabelledChange[], action?: string): string => lines.map((line) => changeText(line, action)).join('\n');
