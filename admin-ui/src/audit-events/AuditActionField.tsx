import { FunctionField, useTranslate } from 'react-admin';
import type { AuditEvent } from '../../../contracts/audit-events';

export const AuditActionField = () => {
  const translate = useTranslate();
  return (
    <FunctionField<Partial<Pick<AuditEvent, 'action'>>>
      source="action"
      render={(record) => translate(`app.auditAction.${record.action}`, { _: record.action ?? '' })}
    />
  );
};
