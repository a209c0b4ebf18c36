/**
 * Whether the browser has Kazakh locale data: Chromium builds with trimmed ICU data format kk-KZ as the root locale
 * (9,365.5 and 2020 M01 21). Kazakhstan writes numbers and numeric dates alike in both languages, so such a browser
 * gets ru-KZ's.
 */
const KAZAKH_DATA = new Intl.NumberFormat('kk-KZ').formatToParts(1.5).some((part) => part.type === 'decimal' && part.value === ',');

/** The Intl locale of each UI language. */
export const INTL_LOCALES: Record<string, string> = { kk: KAZAKH_DATA ? 'kk-KZ' : 'ru-KZ', ru: 'ru-RU', en: 'en-GB' };

/** Numbers as the UI language writes them: 9 365 and 47,2 % in Russian, 9 365 and 47,2% in Kazakh, 9,365 and 47.2% in English. */
export interface NumberFormat {
  count(value: number): string;
  /** A change with its sign: +1 942, −15, 0. */
  change(value: number): string;
  /** At most one digit after the decimal separator. */
  decimal(value: number): string;
  /** A share (0.472) as a percentage with one decimal. */
  percent(share: number): string;
  /** A share of change with its sign: +12,5 %. */
  changePercent(share: number): string;
}

const build = (locale: string): NumberFormat => {
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const change = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const changePercent = new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  return {
    count: (value) => count.format(value),
    change: (value) => change.format(value),
    decimal: (value) => decimal.format(value),
    percent: (share) => percent.format(share),
    changePercent: (share) => changePercent.format(share),
  };
};

const byLocale = new Map<string, NumberFormat>();

/** One set of Intl formatters per locale for the whole app: every table cell that formats a number shares them. */
export const numberFormat = (locale: string): NumberFormat => {
  let format = byLocale.get(locale);
  if (!format) {
    format = build(locale);
    byLocale.set(locale, format);
  }
  return format;
};
