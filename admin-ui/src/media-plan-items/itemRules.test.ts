import { monthsOfQuarter, quarterOfMonth, toItemPayload, validateItem } from './itemRules';

describe('monthsOfQuarter', () => {
  it('gives the three months of a quarter', () => {
    expect(monthsOfQuarter(2)).toEqual([4, 5, 6]);
    expect(monthsOfQuarter(4)).toEqual([10, 11, 12]);
  });

  it('gives every month when no quarter is chosen', () => {
    expect(monthsOfQuarter(null)).toHaveLength(12);
  });
});

describe('quarterOfMonth', () => {
  it('puts each month into its quarter', () => {
    expect([1, 3, 4, 9, 10, 12].map(quarterOfMonth)).toEqual([1, 1, 2, 3, 4, 4]);
  });
});

describe('validateItem', () => {
  const valid = { topic: 'Туған жер', format: 'article' as const, channel: 'print' as const, plannedCount: 3 };

  it('accepts a complete item', () => {
    expect(validateItem(valid)).toEqual({});
  });

  it('flags a month outside the planned quarter', () => {
    expect(validateItem({ ...valid, plannedQuarter: 1, plannedMonth: 5 })).toEqual({
      plannedMonth: 'app.plans.items.month_outside_quarter',
    });
  });

  it('flags a count that is not a positive whole number', () => {
    expect(validateItem({ ...valid, plannedCount: 0 }).plannedCount).toBeDefined();
    expect(validateItem({ ...valid, plannedCount: 1.5 }).plannedCount).toBeDefined();
  });

  it('requires topic, format and channel', () => {
    expect(Object.keys(validateItem({ plannedCount: 1, topic: ' ' })).sort()).toEqual(['channel', 'format', 'topic']);
  });
});

describe('toItemPayload', () => {
  it('sends blanks as null and keeps the version', () => {
    expect(toItemPayload({ topic: ' T ', format: 'post', channel: 'social', plannedCount: 2, responsible: '', version: 3 }, 9)).toEqual({
      mediaPlanId: 9,
      topic: 'T',
      format: 'post',
      channel: 'social',
      plannedCount: 2,
      targetAudienceIds: [],
      outletId: null,
      rubricId: null,
      directionId: null,
      specialProjectId: null,
      plannedQuarter: null,
      plannedMonth: null,
      responsible: null,
      notes: null,
      version: 3,
    });
  });
});
