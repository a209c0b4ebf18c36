import { currentStep, PlanEvent, toHistory } from './planHistory';

const returned: PlanEvent = {
  id: 2,
  at: '2030-02-01T10:00:00Z',
  userId: 5,
  userName: 'Айгүл Серікова',
  userRole: 'approver',
  userRegionId: null,
  references: [],
  action: 'return',
  comment: 'Толықтырыңыз',
  changes: { status: { before: 'submitted', after: 'returned' } },
};

describe('toHistory', () => {
  it('gives each event the status change it made', () => {
    const created: PlanEvent = {
      ...returned,
      id: 1,
      at: '2030-01-01T10:00:00Z',
      userId: 9,
      action: 'create',
      comment: null,
      changes: { title: { before: null, after: 'X' } },
    };
    expect(toHistory([returned, created])).toEqual([
      { event: returned, from: 'submitted', to: 'returned' },
      { event: created, from: null, to: null },
    ]);
  });
});

describe('currentStep', () => {
  it('is the newest step when it led to the plan’s status', () => {
    expect(currentStep({ status: 'returned' }, returned)).toBe(returned);
  });

  it('is none when the plan has moved on since (the trail not reloaded yet) or was never stepped', () => {
    expect(currentStep({ status: 'submitted' }, returned)).toBeNull();
    expect(currentStep({ status: 'draft' }, undefined)).toBeNull();
    expect(
      currentStep({ status: 'draft' }, { ...returned, action: 'copy', changes: { status: { before: null, after: 'draft' } } }),
    ).toBeNull();
  });
});
