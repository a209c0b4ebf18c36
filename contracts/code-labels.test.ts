import { AUDIT_ACTIONS } from './audit-events';
import { CODE_LABELS, CodeKind } from './code-labels';
import { CHANNELS, FORMATS, LANGUAGES, LOCALES, MEDIA_LEVELS, PLAN_STATUSES, REGION_KINDS, ROLES } from './codes';
import { TEMPLATE_FORMATS } from './imports';
import { WORKFLOW_STEPS } from './media-plans';
import { QUARTER_STATUSES, QUARTER_STEPS } from './quarters';
import { REPORT_FORMATS } from './reports';

const CODES: Record<CodeKind, readonly string[]> = {
  channel: CHANNELS,
  level: MEDIA_LEVELS,
  language: LANGUAGES,
  format: FORMATS,
  regionKind: REGION_KINDS,
  planStatus: PLAN_STATUSES,
  role: ROLES,
  locale: LOCALES,
  workflowStep: WORKFLOW_STEPS,
  quarterStatus: QUARTER_STATUSES,
  quarterStep: QUARTER_STEPS,
  auditAction: AUDIT_ACTIONS,
  reportFormat: REPORT_FORMATS,
  templateFormat: TEMPLATE_FORMATS,
};

describe('code labels', () => {
  it.each(LOCALES)('name every code of every kind in %s, and nothing else', (locale) => {
    const labels = CODE_LABELS[locale];
    expect(Object.keys(labels).sort()).toEqual(Object.keys(CODES).sort());
    for (const [kind, codes] of Object.entries(CODES)) {
      const named = labels[kind as CodeKind] as Record<string, string>;
      expect({ kind, codes: Object.keys(named) }).toEqual({ kind, codes: [...codes] });
      expect({ kind, blank: codes.filter((code) => !named[code]?.trim()) }).toEqual({ kind, blank: [] });
    }
  });

  it('give each code of a kind its own label, so that an import can read a label back as its code', () => {
    for (const locale of LOCALES) {
      for (const [kind, named] of Object.entries(CODE_LABELS[locale])) {
        const labels = Object.values(named as Record<string, string>);
        expect({ locale, kind, repeated: labels.filter((label, i) => labels.indexOf(label) !== i) }).toEqual({
          locale,
          kind,
          repeated: [],
        });
      }
    }
  });
});
