import { toHistory } from './planHistory';

describe('toHistory', () => {
  it('names the user and the status change of each step', () => {
    const names = new Map([[5, 'Айгүл Серікова']]);
    const rows = toHistory(
      [
        {
          id: 2,
          at: '2030-02-01T10:00:00Z',
          userId: 5,
          action: 'return',
          comment: 'Толықтырыңыз',
          changes: { status: { before: 'submitted', after: 'returned' } },
        },
        { id: 1, at: '2030-01-01T10:00:00Z', userId: 9, action: 'create', comment: null, changes: { title: { before: null, after: 'X' } } },
      ],
      names,
    );
    expect(rows).toEqual([
      {
        id: 2,
        at: '2030-02-01T10:00:00Z',
        action: 'return',
        userId: 5,
        who: 'Айгүл Серікова',
        comment: 'Толықтырыңыз',
        from: 'submitted',
        to: 'returned',
      },
      { id: 1, at: '2030-01-01T10:00:00Z', action: 'create', userId: 9, who: null, comment: null, from: null, to: null },
    ]);
  });
});
