import { downloadCSV, type Exporter } from 'ra-core';
import { csvOf, CsvRow, flattenRecord } from '../common/csvExport';
import { changesText, LabelledChange } from './auditChanges';
import { AuditRecord, useAuditChangeLines } from './useAuditChangeLines';

/** Audit events as rows: `changes` as readable lines in one cell instead of a column per field, before and after. */
export const auditRows = (records: AuditRecord[], linesOf: (record: AuditRecord) => LabelledChange[]): CsvRow[] =>
  records.map((record) => {
    const { changes: _changes, ...rest } = record;
    return { ...flattenRecord(rest), changes: changesText(linesOf(record)) };
  });

export const useAuditExporter = (): Exporter<AuditRecord> => {
  const linesOf = useAuditChangeLines();
  return (records, _fetchRelated, _dataProvider, resource) => downloadCSV(csvOf(auditRows(records, linesOf)), resource);
};
