import { FilterButton, List, TopToolbar, usePermissions } from 'react-admin';
import { LIST_DEFAULTS } from '../common/ListPagination';
import { usePhoneFilters } from '../common/usePhoneFilters';
import { WorkbookExportButton } from '../common/WorkbookExportButton';
import { AuditEvents } from './AuditEvents';
import { useAuditEventFilters } from './AuditEventFilters';

// Some filters wait behind the filter button on every screen (a record, a person, a region).
const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <WorkbookExportButton list="audit-events" />
  </TopToolbar>
);

export const AuditEventList = () => {
  const { permissions } = usePermissions();
  return (
    <List
      exporter={false}
      actions={<ListActions />}
      filters={usePhoneFilters(useAuditEventFilters(permissions))}
      sort={{ field: 'at', order: 'DESC' }}
      {...LIST_DEFAULTS}
    >
      <AuditEvents withRecord />
    </List>
  );
};
