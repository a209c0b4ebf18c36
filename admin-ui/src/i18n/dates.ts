import { isLocale } from '../../../contracts/codes';
import { DATE_SEPARATOR } from '../../../contracts/grammar';

/**
 * One way of writing a date per UI language, whatever the browser's ICU data: 05.12.2026 in Kazakh and Russian,
 * 05/12/2026 in English (day first, as in en-GB), with the time as 14:30. The API's ISO dates stay as they are.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const two = (n: number): string => String(n).padStart(2, '0');

const joinDate = (day: number, month: number, year: number, locale: string): string =>
  [two(day), two(month), String(year).padStart(4, '0')].join(isLocale(locale) ? DATE_SEPARATOR[locale] : '.');

/** A calendar date (2026-12-05) is written as it is, with no time zone; a moment in the browser's local time. */
export const formatDate = (value: string | Date, locale: string): string => {
  if (typeof value === 'string') {
    const iso = ISO_DATE.exec(value);
    if (iso) return joinDate(Number(iso[3]), Number(iso[2]), Number(iso[1]), locale);
  }
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return joinDate(date.getDate(), date.getMonth() + 1, date.getFullYear(), locale);
};

export const formatDateTime = (value: string | Date, locale: string): string => {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return `${formatDate(date, locale)} ${two(date.getHours())}:${two(date.getMinutes())}`;
};

const isRealDate = (year: number, month: number, day: number): boolean => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

/**
 * A date typed day first, as every UI language writes it (5.12.2026, 05/12/2026; any of . / - or a space between the
 * parts), as an ISO date, or null when it is no real date. An ISO date pasted as it is is taken too.
 */
export const parseDate = (text: string): string | null => {
  const trimmed = text.trim();
  const iso = ISO_DATE.exec(trimmed);
  const parts = iso ? [iso[3], iso[2], iso[1]] : /^(\d{1,2})[./\-\s](\d{1,2})[./\-\s](\d{4})$/.exec(trimmed)?.slice(1);
  if (!parts) return null;
  const [day, month, year] = parts.map(Number);
  if (!isRealDate(year, month, day)) return null;
  return `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`;
};
