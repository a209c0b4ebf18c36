import { eligiblePlanIds, yearOf } from './eligiblePlans';

const plans = [
  { id: 1, regionId: null, year: 2020, status: 'approved' },
  { id: 2, regionId: 7, year: 2020, status: 'approved' },
  { id: 3, regionId: 8, year: 2020, status: 'approved' },
  { id: 4, regionId: 7, year: 2021, status: 'approved' },
  { id: 5, regionId: 7, year: 2020, status: 'draft' },
];

describe('eligiblePlanIds', () => {
  it('keeps the region’s own and the republican approved plan of the year', () => {
    expect(eligiblePlanIds(plans, 7, 2020)).toEqual([1, 2]);
  });

  it('offers nothing before the date is known', () => {
    expect(eligiblePlanIds(plans, 7, null)).toEqual([]);
  });
});

describe('yearOf', () => {
  it('reads the year of a calendar date', () => {
    expect(yearOf('2020-11-20')).toBe(2020);
    expect(yearOf('')).toBeNull();
    expect(yearOf(undefined)).toBeNull();
  });
});
