import { cellFilter, compareRollups, hasComparableData } from './comparison';
import type { NationalRollup } from '../../../contracts/rollups';

const rollup = (total: number, internet: number): NationalRollup => ({
  from: '2020-01-01',
  to: '2020-03-31',
  total,
  republican: { total: 10, tv: 4, radio: 0, print: 6 },
  regional: { total: 20, tv: 5, radio: 1, print: 14 },
  internet,
  social: total - 30 - internet,
});

describe('compareRollups', () => {
  it('puts the previous total and the change beside every row', () => {
    const rows = compareRollups(rollup(100, 30), rollup(80, 40));
    expect(rows.map((row) => row.key)).toEqual(['republican', 'regional', 'internet', 'social', 'all']);
    expect(rows[2]).toEqual({ key: 'internet', cells: { total: 30 }, previous: 40, change: -10, changePercent: -25 });
    expect(rows[4]).toEqual(expect.objectContaining({ previous: 80, change: 20, changePercent: 25 }));
    expect(rows[0].cells).toEqual({ total: 10, tv: 4, radio: 0, print: 6 });
  });

  const empty = {
    ...rollup(0, 0),
    republican: { total: 0, tv: 0, radio: 0, print: 0 },
    regional: { total: 0, tv: 0, radio: 0, print: 0 },
    social: 0,
  };

  it('compares with nothing when the previous period had no materials, rather than showing +100 %', () => {
    const rows = compareRollups(rollup(100, 30), empty);
    expect(rows.every((row) => row.previous === null && row.change === null && row.changePercent === null)).toBe(true);
    expect(hasComparableData(empty)).toBe(false);
    expect(hasComparableData(undefined)).toBe(false);
    expect(hasComparableData(rollup(1, 0))).toBe(true);
  });

  it('keeps a row of no materials in a period that had some', () => {
    const rows = compareRollups(rollup(100, 30), rollup(80, 0));
    expect(rows[2]).toEqual(expect.objectContaining({ previous: 0, change: 30, changePercent: null }));
  });

  it('leaves the comparison empty until the previous period is loaded', () => {
    expect(compareRollups(rollup(100, 30), undefined)[4]).toEqual(
      expect.objectContaining({ previous: null, change: null, changePercent: null }),
    );
  });
});

describe('cellFilter', () => {
  it('counts a level by its TV, radio and print, and internet and social media at every level', () => {
    expect(cellFilter('republican', 'total')).toEqual({ mediaLevel: 'republican', channel: ['tv', 'radio', 'print'] });
    expect(cellFilter('regional', 'tv')).toEqual({ mediaLevel: 'regional', channel: 'tv' });
    expect(cellFilter('internet', 'total')).toEqual({ channel: 'internet' });
    expect(cellFilter('social', 'total')).toEqual({ channel: 'social' });
    expect(cellFilter('all', 'total')).toEqual({});
  });
});
