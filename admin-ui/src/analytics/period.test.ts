import { latestYear } from './period';

describe('latestYear', () => {
  it('returns the latest year that has materials', () => {
    expect(
      latestYear(
        [
          { year: 2019, count: 10 },
          { year: 2020, count: 9365 },
          { year: 2021, count: 0 },
        ],
        2030,
      ),
    ).toBe(2020);
  });

  it('falls back when there is no data', () => {
    expect(latestYear([], 2030)).toBe(2030);
    expect(latestYear(undefined, 2030)).toBe(2030);
  });
});
