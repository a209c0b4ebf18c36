import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'ra-core';
import { enMessages } from '../i18n/en';
import { kkMessages } from '../i18n/kk';
import { ruMessages } from '../i18n/ru';
import { changeParts, NameOf } from '../../../contracts/audit-changes';
import { auditSentence } from '../../../contracts/audit-sentence';
import type { Translate } from '../../../contracts/audit-vocabulary';

const translatorFor = (locale: string, messages: TranslationMessages): Translate => polyglotI18nProvider(() => messages, locale).translate;
const ru = translatorFor('ru', ruMessages);
const kk = translatorFor('kk', kkMessages);
const en = translatorFor('en', enMessages);
const names: NameOf = (resource, id) => (id === 7 ? { text: `${resource} seven`, to: `/${resource}/7/show` } : undefined);
const imported = (created: number) => ({
  id: 1,
  action: 'import',
  resource: 'materials',
  changes: { created: { before: 0, after: created } },
  comment: 'март.xlsx',
});

describe('auditSentence', () => {
  it('words an import with the plural of the language', () => {
    expect(auditSentence(imported(1), ru, names)?.text).toBe('Из файла «март.xlsx» импортирован 1 материал');
    expect(auditSentence(imported(3), ru, names)?.text).toBe('Из файла «март.xlsx» импортировано 3 материала');
    expect(auditSentence(imported(5), ru, names)?.text).toBe('Из файла «март.xlsx» импортировано 5 материалов');
    expect(auditSentence(imported(21), ru, names)?.text).toBe('Из файла «март.xlsx» импортирован 21 материал');
    expect(auditSentence(imported(3), kk, names)?.text).toBe('«март.xlsx» файлынан 3 материал импортталды');
    expect(auditSentence(imported(1), en, names)?.text).toBe('Imported 1 material from the file “март.xlsx”');
    expect(auditSentence(imported(3), en, names)).toEqual({ text: 'Imported 3 materials from the file “март.xlsx”', quotesComment: true });
  });

  it('words a plan step with its comment, a copy with its source by name, a quarter step', () => {
    const returned = {
      id: 2,
      action: 'return',
      resource: 'media-plans',
      changes: { status: { before: 'submitted', after: 'returned' } },
      comment: 'Нет охвата',
    };
    expect(auditSentence(returned, ru, names)?.text).toBe('План возвращён на доработку. Комментарий: «Нет охвата»');
    expect(auditSentence({ ...returned, action: 'approve', comment: null }, kk, names)).toEqual({
      text: 'Жоспар бекітілді',
      quotesComment: false,
    });
    const copy = {
      id: 3,
      action: 'copy',
      resource: 'media-plans',
      changes: { copiedFrom: { before: null, after: 7 }, items: { before: null, after: 2 } },
    };
    expect(auditSentence(copy, ru, names)?.text).toBe('План создан копией плана «media-plans seven»: скопировано 2 пункта');
    const quarter = {
      id: 4,
      action: 'quarter_submit',
      resource: 'quarters',
      changes: { '2025-Q2': { before: 'open', after: 'submitted' } },
    };
    expect(auditSentence(quarter, ru, names)?.text).toBe('2 квартал 2025 года отправлен на утверждение');
    expect(auditSentence({ id: 5, action: 'end_sessions', resource: 'users', comment: 'role changed' }, ru, names)?.text).toBe(
      'Все сеансы учётной записи завершены: изменена роль',
    );
  });

  it('words an evidence file attached to a material or removed from it, by its name', () => {
    const file = { id: 9, fileName: 'Газета 14.05.pdf', contentType: 'application/pdf', size: 1000, sha256: 'ab' };
    const added = { id: 7, action: 'evidence_add', resource: 'materials', changes: { evidence: { before: null, after: file } } };
    expect(auditSentence(added, ru, names)?.text).toBe('Прикреплено подтверждение публикации: «Газета 14.05.pdf»');
    expect(auditSentence(added, kk, names)?.text).toBe('Жариялау дәлелі тіркелді: «Газета 14.05.pdf»');
    const removed = { ...added, action: 'evidence_remove', changes: { evidence: { before: file, after: null } } };
    expect(auditSentence(removed, en, names)?.text).toBe('Evidence of publication removed: “Газета 14.05.pdf”');
  });

  it('leaves an edit to its changed fields', () => {
    expect(auditSentence({ id: 6, action: 'update', resource: 'materials', changes: {} }, ru, names)).toBeNull();
  });
});

describe('changeParts', () => {
  it('names referenced records, one part each, and keeps the id of one that is gone', () => {
    const yesNo = (flag: boolean) => String(flag);
    expect(
      changeParts({ outletId: { before: 3, after: 7 }, targetAudienceIds: { before: [], after: [7, 9] } }, yesNo, undefined, names),
    ).toEqual([
      { field: 'outletId', before: [{ text: '3' }], after: [{ text: 'outlets seven', to: '/outlets/7/show' }] },
      {
        field: 'targetAudienceIds',
        before: [{ text: '—' }],
        after: [{ text: 'target-audiences seven', to: '/target-audiences/7/show' }, { text: '9' }],
      },
    ]);
  });
});
