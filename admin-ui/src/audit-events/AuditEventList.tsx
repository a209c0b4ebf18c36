import { List, usePermissions } from 'react-admin';
import { ListPagination } from '../common/ListPagination';
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
      perPage={25}
      pagination={<ListPagination />}
    >
      <AuditEvents withRecord />
    </List>
  );
};
