import { downloadCSV, type Exporter } from 'ra-core';
import { csvOf, CsvRow, flattenRecord } from '../common/csvExport';
import { changesText, LabelledChange } from './auditChanges';
import { AuditReading, AuditRecord, useAuditReading } from './useAuditReading';

/** What the list shows of an event beyond its own fields: who, with role and region, which record, and the changes. */
export interface ReadableColumns {
  columns: CsvRow;
  changes: string;
}

const readableColumns =
  (reading: AuditReading) =>
  (record: AuditRecord): ReadableColumns => ({
    columns: {
      user: reading.person(record),
      userRoleAndRegion: reading.personDetails(record),
      record: reading.recordLabel(record)?.text ?? '',
      region: record.regionId == null ? '' : (reading.nameOf(record)('regions', record.regionId)?.text ?? String(record.regionId)),
    },
    changes: reading.changesText(record),
  });

/**
 * Audit events as rows: `changes` as readable lines in one cell instead of a column per field, before and after;
 * with `readable`, the person, record and region by name and the changes as the list words them.
 */
export const auditRows = (
  records: AuditRecord[],
  linesOf: (record: AuditRecord) => LabelledChange[],
  readable?: (record: AuditRecord) => ReadableColumns,
): CsvRow[] =>
  records.map((record) => {
    const { changes: _changes, references: _references, userName: _name, userRole: _role, userRegionId: _region, ...rest } = record;
    const shown = readable?.(record);
    return { ...flattenRecord(rest), ...shown?.columns, changes: shown?.changes ?? changesText(linesOf(record), record.action) };
  });

export const useAuditExporter = (): Exporter<AuditRecord> => {
  const reading = useAuditReading();
  return (records, _fetchRelated, _dataProvider, resource) =>
    downloadCSV(csvOf(auditRows(records, reading.lines, readableColumns(reading))), resource);
};
