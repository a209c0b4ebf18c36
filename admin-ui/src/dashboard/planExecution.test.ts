import { behindItems, PlanExecution, quarterBars } from './planExecution';

const item = (id: number, planned: number, fulfilled: number, behind: boolean, dueOn = '2020-03-31') => ({
  id,
  topic: `Topic ${id}`,
  plannedQuarter: 1,
  plannedCount: planned,
  fulfilled,
  share: planned === 0 ? 0 : fulfilled / planned,
  dueOn,
  behind,
});

const execution: PlanExecution = {
  planId: 3,
  year: 2020,
  asOf: '2020-12-31',
  totals: { planned: 60, fulfilled: 35, share: 0.583, items: 3, behind: 2 },
  quarters: [
    { quarter: 2, planned: 20, fulfilled: 5, share: 0.25 },
    { quarter: null, planned: 10, fulfilled: 10, share: 1 },
    { quarter: 1, planned: 30, fulfilled: 20, share: 0.667 },
  ],
  items: [item(1, 30, 20, true), item(2, 20, 5, true, '2020-06-30'), item(3, 10, 10, false)],
};

describe('behindItems', () => {
  it('lists only the items behind, the largest shortfall first', () => {
    expect(behindItems(execution).map((row) => [row.id, row.missing])).toEqual([
      [2, 15],
      [1, 10],
    ]);
  });
});

describe('quarterBars', () => {
  it('gives planned and fulfilled per quarter in order', () => {
    expect(quarterBars(execution)).toEqual([
      { quarter: 1, planned: 30, fulfilled: 20 },
      { quarter: 2, planned: 20, fulfilled: 5 },
    ]);
  });
});
