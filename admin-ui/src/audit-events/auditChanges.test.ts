import { changeParts, codeGroupOf, EMPTY_VALUE, formatValue, partsText } from '../../../contracts/audit-changes';

/** The changes as plain lines: each field with its values before and after as text. */
const changeLines = (...args: Parameters<typeof changeParts>) =>
  changeParts(...args).map(({ field, before, after }) => ({ field, before: partsText(before), after: partsText(after) }));

const yesNo = (flag: boolean) => (flag ? 'yes' : 'no');

describe('formatValue', () => {
  it('shows a dash for an empty value', () => {
    expect(formatValue(null, yesNo)).toBe(EMPTY_VALUE);
    expect(formatValue(undefined, yesNo)).toBe(EMPTY_VALUE);
    expect(formatValue('', yesNo)).toBe(EMPTY_VALUE);
    expect(formatValue([], yesNo)).toBe(EMPTY_VALUE);
  });

  it('translates booleans and joins lists', () => {
    expect(formatValue(true, yesNo)).toBe('yes');
    expect(formatValue([1, 2], yesNo)).toBe('1, 2');
    expect(formatValue(42, yesNo)).toBe('42');
  });
});

describe('changeParts', () => {
  it('lists each changed field with before and after, sorted by field', () => {
    expect(changeLines({ title: { before: 'a', after: 'b' }, active: { before: true, after: false } }, yesNo)).toEqual([
      { field: 'active', before: 'yes', after: 'no' },
      { field: 'title', before: 'a', after: 'b' },
    ]);
  });

  it('gives no lines when nothing changed', () => {
    expect(changeLines({}, yesNo)).toEqual([]);
    expect(changeLines(null, yesNo)).toEqual([]);
  });
});

describe('codeGroupOf', () => {
  it('names the message group of coded fields', () => {
    expect(codeGroupOf('users', 'role')).toBe('role');
    expect(codeGroupOf('regions', 'kind')).toBe('regionKind');
    expect(codeGroupOf('outlets', 'kind')).toBe('channel');
    expect(codeGroupOf('materials', 'title')).toBeUndefined();
  });
});

describe('changeParts with code names', () => {
  it('translates coded values, one by one in lists', () => {
    const name = (field: string, code: string) => `${field}:${code}`;
    expect(
      changeLines({ role: { before: null, after: 'admin' }, languages: { before: ['kk'], after: ['kk', 'ru'] } }, yesNo, name),
    ).toEqual([
      { field: 'languages', before: 'languages:kk', after: 'languages:kk, languages:ru' },
      { field: 'role', before: EMPTY_VALUE, after: 'role:admin' },
    ]);
  });
});
