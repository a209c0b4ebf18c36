import { counted, formatChange, formatCount, formatShare, phrase, pluralForm, russianForm } from './grammar';

const MATERIAL = {
  ru: { one: 'материал', few: 'материала', many: 'материалов' },
  en: { one: 'material', few: 'materials', many: 'materials' },
};
const KK = { one: 'материал', few: 'материал', many: 'материал' };

describe('plural agreement', () => {
  it.each([
    [0, 'материалов'],
    [1, 'материал'],
    [2, 'материала'],
    [4, 'материала'],
    [5, 'материалов'],
    [11, 'материалов'],
    [12, 'материалов'],
    [14, 'материалов'],
    [21, 'материал'],
    [22, 'материала'],
    [25, 'материалов'],
    [101, 'материал'],
    [111, 'материалов'],
    [112, 'материалов'],
    [1001, 'материал'],
    [9365, 'материалов'],
  ])('Russian: %i %s', (n, noun) => {
    expect(MATERIAL.ru[russianForm(n)]).toBe(noun);
  });

  it('writes a count with its noun in Russian, Kazakh and English', () => {
    expect(counted(1, MATERIAL.ru, 'ru')).toBe('1 материал');
    expect(counted(2, MATERIAL.ru, 'ru')).toBe('2 материала');
    expect(counted(5, MATERIAL.ru, 'ru')).toBe('5 материалов');
    expect(counted(21, MATERIAL.ru, 'ru')).toBe('21 материал');
    expect(counted(9365, MATERIAL.ru, 'ru')).toBe('9\u00a0365 материалов');
    expect(counted(5, KK, 'kk')).toBe('5 материал');
    expect(counted(1, MATERIAL.en, 'en')).toBe('1 material');
    expect(counted(2, MATERIAL.en, 'en')).toBe('2 materials');
    expect(counted(0, MATERIAL.en, 'en')).toBe('0 materials');
    expect(pluralForm(3, 'kk')).toBe('one');
  });
});

describe('numbers per language', () => {
  it('groups thousands with a no-break space in Russian and Kazakh, a comma in English', () => {
    expect(formatCount(9365, 'ru')).toBe('9\u00a0365');
    expect(formatCount(9365, 'kk')).toBe('9\u00a0365');
    expect(formatCount(9365, 'en')).toBe('9,365');
    expect(formatCount(1234567, 'en')).toBe('1,234,567');
    expect(formatCount(924, 'ru')).toBe('924');
    expect(formatCount(0, 'ru')).toBe('0');
  });

  it('writes shares and changes', () => {
    expect(formatShare(1, 8, 'ru')).toBe('12,5\u00a0%');
    expect(formatShare(1, 8, 'en')).toBe('12.5%');
    expect(formatShare(1, 0, 'kk')).toBe('0,0\u00a0%');
    expect(formatChange(1200, 'ru')).toBe('+1\u00a0200');
    expect(formatChange(-3, 'en')).toBe('−3');
    expect(formatChange(0, 'en')).toBe('0');
  });
});

describe('phrase', () => {
  const ru =
    'Импортирован %{smart_count} материал |||| Импортировано %{smart_count} материала |||| Импортировано %{smart_count} материалов';
  const en = 'Imported %{smart_count} material |||| Imported %{smart_count} materials';

  it.each([
    [1, 'Импортирован 1 материал'],
    [2, 'Импортировано 2 материала'],
    [5, 'Импортировано 5 материалов'],
    [11, 'Импортировано 11 материалов'],
    [21, 'Импортирован 21 материал'],
    [0, 'Импортировано 0 материалов'],
  ])('takes the Russian form for %i', (n, text) => {
    expect(phrase(ru, { smart_count: n }, 'ru')).toBe(text);
  });

  it('takes one and other in English, and the one form in Kazakh', () => {
    expect(phrase(en, { smart_count: 1 }, 'en')).toBe('Imported 1 material');
    expect(phrase(en, { smart_count: 21 }, 'en')).toBe('Imported 21 materials');
    expect(phrase('%{smart_count} материал импортталды', { smart_count: 5 }, 'kk')).toBe('5 материал импортталды');
  });

  it('fills in the parameters and leaves an unknown one as it is', () => {
    expect(phrase('%{a} and %{b}', { a: 'x' }, 'en')).toBe('x and %{b}');
    expect(phrase('Section |||| Sections', {}, 'en')).toBe('Section |||| Sections');
  });
});
