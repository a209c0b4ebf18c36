import { isCalendarDate } from './list-query';

describe('isCalendarDate', () => {
  it.each(['2000-01-01', '2020-02-29', '2024-12-31', '2100-12-31'])('takes %s', (value) => {
    expect(isCalendarDate(value)).toBe(true);
  });

  it.each([
    '2021-02-29',
    '2020-04-31',
    '2020-13-01',
    '2020-1-1',
    '1999-12-31',
    '2101-01-01',
    '0001-01-01',
    '0099-12-31',
    '9999-12-31',
    ' 2020-01-01',
    20200101,
  ])('refuses %s', (value) => {
    expect(isCalendarDate(value)).toBe(false);
  });
});
