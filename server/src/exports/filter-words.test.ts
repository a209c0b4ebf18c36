import { exportFileName, periodSlug, regionOfExport } from './filter-words';

describe('periodSlug', () => {
  it('names a whole year by the year and a whole quarter by its number', () => {
    expect(periodSlug('2020-01-01', '2020-12-31')).toBe('2020');
    expect(periodSlug('2020-04-01', '2020-06-30')).toBe('2020-q2');
    expect(periodSlug('2020-10-01T00:00:00Z', '2020-12-31T23:59:59Z')).toBe('2020-q4');
  });

  it('names any other period by its ends, and a period with one end by that end', () => {
    expect(periodSlug('2020-01-15', '2020-02-10')).toBe('2020-01-15_2020-02-10');
    expect(periodSlug('2020-01-01', '2021-03-31')).toBe('2020-01-01_2021-03-31');
    expect(periodSlug('2020-01-15', undefined)).toBe('from-2020-01-15');
    expect(periodSlug(undefined, '2020-02-10')).toBe('to-2020-02-10');
    expect(periodSlug(undefined, undefined)).toBeUndefined();
  });
});

describe('exportFileName', () => {
  it('joins the list, what there is of period and region, and the language', () => {
    expect(exportFileName('materials', ['2020-q1', 'north-kazakhstan'], 'kk')).toBe('materials-2020-q1-north-kazakhstan-kk.xlsx');
    expect(exportFileName('materials', [undefined, undefined], 'ru')).toBe('materials-ru.xlsx');
    expect(exportFileName('media-plans', ['2020', undefined], 'en')).toBe('media-plans-2020-en.xlsx');
  });
});

describe('regionOfExport', () => {
  it("is a confined reader's own region whatever the filter says", () => {
    expect(regionOfExport({ regionId: 5 }, 12)).toBe(12);
  });

  it("is the filter's one region for a reader of every region, none for several", () => {
    expect(regionOfExport({ regionId: 5 }, 'any')).toBe(5);
    expect(regionOfExport({ regionId: [5, 6] }, 'any')).toBeUndefined();
    expect(regionOfExport({}, 'any')).toBeUndefined();
  });
});
