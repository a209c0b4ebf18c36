import { percent, toQuarterBars } from './executionData';

describe('toQuarterBars', () => {
  it('gives all four quarters, zero where nothing is planned', () => {
    expect(toQuarterBars([{ quarter: 2, planned: 10, linked: 12, fulfilled: 8, share: 0.8 }])).toEqual([
      { quarter: 1, planned: 0, fulfilled: 0, linked: 0 },
      { quarter: 2, planned: 10, fulfilled: 8, linked: 12 },
      { quarter: 3, planned: 0, fulfilled: 0, linked: 0 },
      { quarter: 4, planned: 0, fulfilled: 0, linked: 0 },
    ]);
  });

  it('puts items without a quarter last', () => {
    const bars = toQuarterBars([
      { quarter: null, planned: 5, linked: 1, fulfilled: 1, share: 0.2 },
      { quarter: 4, planned: 3, linked: 3, fulfilled: 3, share: 1 },
      { quarter: 1, planned: 2, linked: 0, fulfilled: 0, share: 0 },
    ]);
    expect(bars.map((bar) => bar.quarter)).toEqual([1, 2, 3, 4, 0]);
    expect(bars[4]).toEqual({ quarter: 0, planned: 5, fulfilled: 1, linked: 1 });
  });

  it('keeps the plan’s totals', () => {
    const quarters = [
      { quarter: 1, planned: 4, linked: 5, fulfilled: 4, share: 1 },
      { quarter: 3, planned: 6, linked: 2, fulfilled: 2, share: 0.333 },
    ];
    const bars = toQuarterBars(quarters);
    expect(bars.reduce((sum, bar) => sum + bar.planned, 0)).toBe(10);
    expect(bars.reduce((sum, bar) => sum + bar.fulfilled, 0)).toBe(6);
  });
});

describe('percent', () => {
  it('turns a ratio into a percentage with one decimal', () => {
    expect(percent(0.333)).toBe(33.3);
    expect(percent(1)).toBe(100);
  });
});
