import polyglotI18nProvider from 'ra-i18n-polyglot';
import { AUDIT_MESSAGES, auditTranslate } from '../../../contracts/audit-vocabulary';
import { LOCALES } from '../../../contracts/codes';
import { enMessages } from '../i18n/en';
import { kkMessages } from '../i18n/kk';
import { ruMessages } from '../i18n/ru';

const MESSAGES = { kk: kkMessages, ru: ruMessages, en: enMessages };
const PARAMS = { file: 'март.xlsx', plan: 'План 2025', year: 2025, quarter: 2, comment: 'ок', sentence: 'План утверждён', reason: 'x' };

describe("the audit trail's words", () => {
  it.each(LOCALES)('read in %s on the server as the UI reads them, with every count', (locale) => {
    const ui = polyglotI18nProvider(() => MESSAGES[locale], locale).translate;
    const server = auditTranslate(locale);
    const keys = [
      ...Object.keys(AUDIT_MESSAGES[locale].audit.sentence).map((key) => `app.audit.sentence.${key}`),
      ...Object.keys(AUDIT_MESSAGES[locale].audit.session_reason).map((key) => `app.audit.session_reason.${key}`),
      'app.audit.record',
      'app.audit.record_n',
      'app.audit.user_n',
      'app.role.rpo_editor',
      'app.auditAction.import',
      'ra.boolean.true',
      'resources.materials.fields.outletId',
      'resources.media-plan-items.fields.plannedCount',
    ];
    for (const key of keys)
      for (const smart_count of [0, 1, 2, 5, 11, 21, 104]) {
        const options = { ...PARAMS, smart_count, resource: 'Материал', name: 'X', id: 7 };
        expect({ key, smart_count, text: server(key, options) }).toEqual({ key, smart_count, text: ui(key, options) });
      }
    expect(server('resources.materials.name', { smart_count: 1 })).toBe(ui('resources.materials.name', { smart_count: 1 }));
    expect(server('app.audit.session_reason.unknown', { _: 'as written' })).toBe('as written');
  });
});
