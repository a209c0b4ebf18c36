import { auditReading } from './audit-reading';
import { auditTranslate, sectionName } from './audit-vocabulary';
import { calendarDate } from './grammar';

const reading = (locale: 'kk' | 'ru' | 'en') =>
  auditReading({ translate: auditTranslate(locale), locale, formatDate: (date) => calendarDate(date, locale) });

const outlet = (id: number, name: string) => ({
  resource: 'outlets' as const,
  id,
  nameKk: name,
  nameRu: name,
  nameEn: name,
  mediaPlanId: null,
});

const edit = {
  id: 1,
  action: 'update',
  resource: 'materials',
  recordId: 9,
  userId: 3,
  userName: 'Айгүл',
  userRole: 'rpo_editor' as const,
  userRegionId: 5,
  changes: {
    outletId: { before: 1, after: 2 },
    publishedOn: { before: '2025-03-04', after: '2025-03-05' },
    channel: { before: 'tv', after: 'print' },
  },
  references: [
    outlet(1, 'Qazaqstan'),
    outlet(2, 'Радио'),
    { resource: 'regions' as const, id: 5, nameKk: 'Солтүстік', nameRu: 'Северная', nameEn: 'North', mediaPlanId: null },
    { resource: 'materials' as const, id: 9, nameKk: 'Тақырып', nameRu: 'Тақырып', nameEn: 'Тақырып', mediaPlanId: null },
  ],
};

describe('auditReading on the server', () => {
  it('words an edit field by field, codes, dates and referenced records by name, in each language', () => {
    expect(reading('ru').changesText(edit)).toBe('Канал: ТВ → Печать\nСМИ: Qazaqstan → Радио\nДата публикации: 04.03.2025 → 05.03.2025');
    expect(reading('kk').changesText(edit)).toContain('Арна: ТВ → Баспасөз');
    expect(reading('en').changesText(edit)).toContain('Published on: 04/03/2025 → 05/03/2025');
  });

  it('names the person with role and region, and the record by its label', () => {
    expect(reading('ru').person(edit)).toBe('Айгүл');
    expect(reading('ru').personDetails(edit)).toBe('Редактор РПО · Северная');
    expect(reading('kk').recordLabel(edit)?.text).toBe('Материал «Тақырып»');
    expect(reading('en').recordLabel({ ...edit, references: [] })?.text).toBe('Material no. 9');
    expect(reading('ru').person({ id: 2, userId: 8, userName: null })).toBe('Пользователь №8');
  });

  it('names a section by its list', () => {
    expect(sectionName('media-plan-items', 'ru')).toBe('Пункты медиапланов');
    expect(sectionName('unknown', 'en')).toBe('unknown');
  });
});
