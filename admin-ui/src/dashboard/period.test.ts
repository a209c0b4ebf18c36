import { latestYear, periodOf } from './period';

describe('latestYear', () => {
  it('returns the latest year that has materials', () => {
    expect(latestYear([{ year: 2019, count: 10 }, { year: 2020, count: 9365 }, { year: 2021, count: 0 }], 2030)).toBe(2020);
  });

  it('falls back when there is no data', () => {
    expect(latestYear([], 2030)).toBe(2030);
    expect(latestYear(undefined, 2030)).toBe(2030);
  });
});

describe('periodOf', () => {
  it('covers the whole year when no quarter is chosen', () => {
    expect(periodOf(2020, 0)).toEqual({ from: '2020-01-01', to: '2020-12-31' });
  });

  it('covers the quarter months up to their last day', () => {
    expect(periodOf(2020, 1)).toEqual({ from: '2020-01-01', to: '2020-03-31' });
    expect(periodOf(2020, 2)).toEqual({ from: '2020-04-01', to: '2020-06-30' });
    expect(periodOf(2020, 4)).toEqual({ from: '2020-10-01', to: '2020-12-31' });
  });
});
