import { CODE_LABELS, CodeKind } from '../../../contracts/code-labels';
import type { Locale } from '../../../contracts/codes';
import type { SheetCell } from '../../../contracts/spreadsheet-cells';
import type { CrudService, Identified } from '../common/crud.service';
import { ExportedTable, TABLE_EXPORT_LABELS } from './table-export-labels';

/** A list exported as one sheet: its rows read by `rowsSql` (the list's table as `r`) and written by `cells`. */
export interface TableExport<R> {
  list: ExportedTable;
  /** The list's service: the export takes its filter, confinement and sort. */
  service: CrudService<Identified>;
  /** SELECT … FROM <the list's table> r …, without WHERE: the export adds the list's ids and order. */
  rowsSql(locale: Locale): string;
  cells(row: R, locale: Locale): SheetCell[];
  widths: readonly number[];
  /** Columns (1-based) that hold moments rather than days. */
  timeColumns?: readonly number[];
  /** The list's filters whose values are codes, with the kind of code that labels them in the title block. */
  codeFilters?: Readonly<Record<string, CodeKind>>;
}

/** A yes/no filter or cell in words. */
export const YES_NO: Record<Locale, { yes: string; no: string }> = {
  ru: { yes: 'да', no: 'нет' },
  kk: { yes: 'иә', no: 'жоқ' },
  en: { yes: 'yes', no: 'no' },
};

export const yesNo = (value: boolean, locale: Locale): string => YES_NO[locale][value ? 'yes' : 'no'];

function filterShown(
  filter: Record<string, unknown>,
  codeFilters: Readonly<Record<string, CodeKind>>,
  locale: Locale,
): Record<string, unknown> {
  const shown = (key: string, value: unknown): unknown => {
    if (typeof value === 'boolean') return yesNo(value, locale);
    const kind = codeFilters[key];
    if (kind === undefined || typeof value !== 'string') return value;
    const labels: Record<string, string> = CODE_LABELS[locale][kind];
    return labels[value] ?? value;
  };
  return Object.fromEntries(
    Object.entries(filter).map(([key, value]) => [key, Array.isArray(value) ? value.map((v) => shown(key, v)) : shown(key, value)]),
  );
}

/**
 * A list's filter as its title block shows it: the names of the filters only these lists have, and the filter with its
 * codes and yes/no values in words (ids stay ids: the title block names them).
 */
export function shownFilter(
  list: string,
  filter: Record<string, unknown>,
  codeFilters: Readonly<Record<string, CodeKind>>,
  locale: Locale,
): { names: Record<string, string>; filter: Record<string, unknown> } {
  const labels = TABLE_EXPORT_LABELS[locale];
  const kind: Record<string, string> = list === 'outlets' || list === 'regions' ? { kind: labels.kind[list] } : {};
  return { names: { ...labels.filters, ...kind }, filter: filterShown(filter, codeFilters, locale) };
}
