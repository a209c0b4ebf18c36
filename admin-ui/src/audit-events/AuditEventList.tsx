import { List, usePermissions } from 'react-admin';
import { LIST_DEFAULTS } from '../common/ListPagination';
import { usePhoneFilters } from '../common/usePhoneFilters';
import { AuditEvents } from './AuditEvents';
import { useAuditExporter } from './auditExport';
import { useAuditEventFilters } from './AuditEventFilters';

export const AuditEventList = () => {
  const { permissions } = usePermissions();
  const exporter = useAuditExporter();
  return (
    <List
      exporter={exporter}
      filters={usePhoneFilters(useAuditEventFilters(permissions))}
      sort={{ field: 'at', order: 'DESC' }}
      {...LIST_DEFAULTS}
    >
      <AuditEvents withRecord />
    </List>
  );
};
