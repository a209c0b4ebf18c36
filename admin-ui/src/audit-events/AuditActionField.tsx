import { FunctionField, useTranslate } from 'react-admin';

export const AuditActionField = () => {
  const translate = useTranslate();
  return (
    <FunctionField<{ action?: string }>
      source="action"
      render={(record) => translate(`app.audit.action.${record.action}`, { _: record.action ?? '' })}
    />
  );
};
