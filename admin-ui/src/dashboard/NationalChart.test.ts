import { toChartData } from './NationalChart';
import { NationalRollup } from './types';

const rollup2020: NationalRollup = {
  from: '2020-01-01',
  to: '2020-12-31',
  total: 9365,
  republican: { total: 1942, tv: 924, radio: 0, print: 1018 },
  regional: { total: 3271, tv: 1107, radio: 0, print: 2164 },
  internet: 1325,
  social: 2827,
};

describe('toChartData', () => {
  it('makes one bar per category of the national table', () => {
    expect(toChartData(rollup2020)).toEqual([
      { category: 'republican', tv: 924, radio: 0, print: 1018, internet: 0, social: 0 },
      { category: 'regional', tv: 1107, radio: 0, print: 2164, internet: 0, social: 0 },
      { category: 'internet', tv: 0, radio: 0, print: 0, internet: 1325, social: 0 },
      { category: 'social', tv: 0, radio: 0, print: 0, internet: 0, social: 2827 },
    ]);
  });

  it('adds up to the national total', () => {
    const sum = toChartData(rollup2020).reduce(
      (total, row) => total + row.tv + row.radio + row.print + row.internet + row.social,
      0,
    );
    expect(sum).toBe(rollup2020.total);
  });
});
