import { formatDate, formatDateTime, parseDate } from './dates';

describe('formatDate', () => {
  it('writes a calendar date day first, with dots in kk and ru and slashes in en, in no time zone', () => {
    expect(formatDate('2026-12-05', 'ru')).toBe('05.12.2026');
    expect(formatDate('2026-12-05', 'kk')).toBe('05.12.2026');
    expect(formatDate('2026-12-05', 'en')).toBe('05/12/2026');
    expect(formatDate('2026-01-31', 'ru')).toBe('31.01.2026');
  });

  it('writes a moment in local time, with the time as HH:mm', () => {
    const moment = new Date(2026, 11, 5, 9, 7, 30);
    expect(formatDate(moment.toISOString(), 'kk')).toBe('05.12.2026');
    expect(formatDateTime(moment.toISOString(), 'ru')).toBe('05.12.2026 09:07');
    expect(formatDateTime(moment, 'en')).toBe('05/12/2026 09:07');
  });

  it('leaves what is no date as it is', () => {
    expect(formatDate('soon', 'ru')).toBe('soon');
  });
});

describe('parseDate', () => {
  it('reads a date typed day first with any common separator, as an ISO date', () => {
    expect(parseDate('05.12.2026')).toBe('2026-12-05');
    expect(parseDate(' 5.1.2026 ')).toBe('2026-01-05');
    expect(parseDate('05/12/2026')).toBe('2026-12-05');
    expect(parseDate('05-12-2026')).toBe('2026-12-05');
    expect(parseDate('2026-12-05')).toBe('2026-12-05');
  });

  it('refuses what is no real date or not written in full', () => {
    expect(parseDate('31.02.2026')).toBeNull();
    expect(parseDate('29.02.2025')).toBeNull();
    expect(parseDate('29.02.2024')).toBe('2024-02-29');
    expect(parseDate('12.2026')).toBeNull();
    expect(parseDate('05.12.26')).toBeNull();
    expect(parseDate('00.12.2026')).toBeNull();
    expect(parseDate('')).toBeNull();
  });
});
