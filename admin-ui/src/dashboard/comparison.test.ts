import { compareRollups } from './comparison';
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

  it('has no percentage when the previous period had no materials', () => {
    const empty = {
      ...rollup(0, 0),
      republican: { total: 0, tv: 0, radio: 0, print: 0 },
      regional: { total: 0, tv: 0, radio: 0, print: 0 },
      social: 0,
    };
    const rows = compareRollups(rollup(100, 30), empty);
    expect(rows[4]).toEqual(expect.objectContaining({ previous: 0, change: 100, changePercent: null }));
  });

  it('leaves the comparison empty until the previous period is loaded', () => {
    expect(compareRollups(rollup(100, 30), undefined)[4]).toEqual(
      expect.objectContaining({ previous: null, change: null, changePercent: null }),
    );
  });
});
