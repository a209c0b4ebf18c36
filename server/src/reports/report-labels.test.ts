import { CODE_LABELS } from '../../../contracts/code-labels';
import { LOCALES } from '../../../contracts/codes';
import { REPORT_LABELS } from './report-labels';

describe('the words of the quarterly report', () => {
  it.each(LOCALES)('name the codes in %s with the one vocabulary the UI and the import read', (locale) => {
    expect(REPORT_LABELS[locale].codes).toBe(CODE_LABELS[locale]);
  });

  it('say what base a share is of', () => {
    expect(LOCALES.map((locale) => REPORT_LABELS[locale].share)).toEqual([
      'Барлық материалдардағы үлесі',
      'Доля от всех материалов',
      'Share of all materials',
    ]);
  });
});
