import type { AuditChanges } from '../../../contracts/audit-events';
import type { CodeKind } from '../../../contracts/code-labels';

export interface ChangeLine {
  field: string;
  before: string;
  after: string;
}

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

export const changeLines = (
  changes: AuditChanges | null | undefined,
  yesNo: (flag: boolean) => string,
  translateCode: (field: string, code: string) => string = (_field, code) => code,
): ChangeLine[] =>
  Object.entries(changes ?? {})
    .map(([field, change]) => {
      const show = (value: unknown) =>
        formatValue(Array.isArray(value) ? value.map((item) => translateCode(field, String(item))) : value, yesNo);
      const codeOrValue = (value: unknown) => (typeof value === 'string' ? translateCode(field, value) : value);
      return { field, before: show(codeOrValue(change?.before)), after: show(codeOrValue(change?.after)) };
    })
    .sort((a, b) => a.field.localeCompare(b.field));

export interface LabelledChange {
  label: string;
  before: string;
  after: string;
}

/** The changes as the list shows them, one `field: before → after` line each, for a cell of an export. */
export const changesText = (lines: LabelledChange[]): string =>
  lines.map(({ label, before, after }) => `${label}: ${before} → ${after}`).join('\n');
