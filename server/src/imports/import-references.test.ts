import { CODE_LABELS } from '../../../contracts/code-labels';
import { FORMATS, LANGUAGES, type Format, type Language } from '../../../contracts/codes';
import { ImportReferences } from './import-references';

describe('the languages and formats an import reads', () => {
  const references = new ImportReferences();

  it('reads every label the UI shows, in each language, and the codes themselves, none taken for another code', () => {
    for (const locale of ['kk', 'ru', 'en'] as const) {
      for (const language of LANGUAGES) expect(references.languages.find(CODE_LABELS[locale].language[language])).toBe(language);
      for (const format of FORMATS) expect(references.formats.find(CODE_LABELS[locale].format[format])).toBe(format);
    }
    expect(references.languages.find('kk_ru')).toBe<Language>('kk_ru');
    expect(references.formats.find('tv_program')).toBe<Format>('tv_program');
  });

  it('ignores case, extra spaces, ё for е, Kazakh letters typed as Russian ones and Latin look-alikes', () => {
    expect(references.languages.find('  казахский   И РУССКИЙ ')).toBe<Language>('kk_ru');
    expect(references.languages.find('Казак тили')).toBe<Language>('kk');
    expect(references.formats.find('ТЕЛЕПЕРЕДАЧА')).toBe<Format>('tv_program');
    expect(references.formats.find('Прямой эфир'.replace('е', 'ё'))).toBe<Format>('live_stream');
    expect(references.formats.find('Cтатья')).toBe<Format>('article');
    expect(references.formats.find(' TV_PROGRAM ')).toBe<Format>('tv_program');
  });

  it("still reads the earlier template's words, and names only the current ones as allowed", () => {
    expect(references.languages.find('Двуязычный')).toBe<Language>('kk_ru');
    expect(references.languages.find('екі тілде')).toBe<Language>('kk_ru');
    expect(references.formats.find('Телепрограмма')).toBe<Format>('tv_program');
    expect(references.formats.find('Video clip')).toBe<Format>('video');
    expect(references.languages.allowed.ru).toContain('Казахский и русский (kk_ru)');
    expect(references.languages.allowed.ru).not.toContain('Двуязычный');
  });
});
