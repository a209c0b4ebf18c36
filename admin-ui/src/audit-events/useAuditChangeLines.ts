import { useTranslate } from 'ra-core';
import type { AuditEvent } from '../../../contracts/audit-events';
import { changeLines, codeGroupOf, LabelledChange } from './auditChanges';

/** An audit event as far as its change lines go. */
export type AuditRecord = Pick<AuditEvent, 'id'> & Partial<Pick<AuditEvent, 'resource' | 'changes'>>;

/** The changes of an audit event as translated lines: field names, codes and booleans in the UI's language. */
export const useAuditChangeLines = (): ((record: AuditRecord) => (LabelledChange & { field: string })[]) => {
  const translate = useTranslate();
  return (record) => {
    const translateCode = (field: string, code: string) => {
      const group = codeGroupOf(record.resource, field);
      return group ? translate(`app.${group}.${code}`, { _: code }) : code;
    };
    return changeLines(record.changes, (flag) => translate(`ra.boolean.${flag}`), translateCode).map((line) => ({
      ...line,
      label: translate(`resources.${record.resource}.fields.${line.field}`, { _: line.field }),
    }));
  };
};
