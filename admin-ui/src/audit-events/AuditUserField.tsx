import { FunctionField, ReferenceField, useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import type { AuditEvent } from '../../../contracts/audit-events';

type AuditRecord = Partial<Pick<AuditEvent, 'userId'>>;

// Only admins may read /api/users; everyone else sees the user's number, or "you" for their own events.
export const AuditUserField = () => {
  const { permissions } = usePermissions();
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  if (permissions === 'admin') return <ReferenceField source="userId" reference="users" link="show" />;
  return (
    <FunctionField<AuditRecord>
      source="userId"
      render={(record) => (record.userId == null ? '' : record.userId === identity?.id ? translate('app.audit.you') : `#${record.userId}`)}
    />
  );
};
