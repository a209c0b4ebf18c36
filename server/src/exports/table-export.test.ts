import { shownFilter } from './table-export';

describe('shownFilter', () => {
  it('puts codes and yes/no in words of the language, and leaves ids and search as they are', () => {
    const { names, filter } = shownFilter(
      'outlets',
      { kind: ['tv', 'radio'], active: true, regionId: 5, q: 'нур' },
      { kind: 'channel' },
      'kk',
    );
    expect(filter).toEqual({ kind: ['ТВ', 'Радио'], active: 'иә', regionId: 5, q: 'нур' });
    expect(names).toMatchObject({ kind: 'Арна', active: 'Белсенді' });
  });

  it("names a region list's kind as its type, and keeps an unknown code as it came", () => {
    const { names, filter } = shownFilter('regions', { kind: 'village' }, { kind: 'regionKind' }, 'en');
    expect(names.kind).toBe('Type');
    expect(filter).toEqual({ kind: 'village' });
    expect(shownFilter('users', {}, {}, 'ru').names.kind).toBeUndefined();
  });
});
