import type { RegionCompleteness } from '../../../contracts/analytics';
import { monthCells, monthLevel, sortForFollowUp } from './completenessData';

const region = (regionId: number, emptyMonths: string[], lateEntries: number): RegionCompleteness => ({
  regionId,
  total: 10,
  withEvidence: 0,
  monthlyAverage: 5,
  months: [{ month: '2020-02', count: 10, ratio: 2, withEvidence: 0 }],
  emptyMonths,
  lateEntries,
});

describe('monthLevel', () => {
  it('marks empty, low, normal and high months', () => {
    expect(monthLevel({ month: '2020-01', count: 0, ratio: 0, withEvidence: 0 })).toBe('empty');
    expect(monthLevel({ month: '2020-01', count: 2, ratio: 0.3, withEvidence: 0 })).toBe('low');
    expect(monthLevel({ month: '2020-01', count: 10, ratio: 1, withEvidence: 0 })).toBe('normal');
    expect(monthLevel({ month: '2020-01', count: 30, ratio: 1.8, withEvidence: 0 })).toBe('high');
  });
});

describe('monthCells', () => {
  it('fills the months the server left out with empty ones', () => {
    expect(monthCells(region(1, [], 0), ['2020-01', '2020-02'])).toEqual([
      { month: '2020-01', count: 0, ratio: 0, withEvidence: 0 },
      { month: '2020-02', count: 10, ratio: 2, withEvidence: 0 },
    ]);
  });
});

describe('sortForFollowUp', () => {
  it('puts regions with empty months and late entries first', () => {
    const sorted = sortForFollowUp([region(1, [], 0), region(2, [], 4), region(3, ['2020-01'], 0)]);
    expect(sorted.map((row) => row.regionId)).toEqual([3, 2, 1]);
  });
});
