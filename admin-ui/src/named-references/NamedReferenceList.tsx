import { ReactElement, ReactNode } from 'react';
import { DataTable, List, SimpleList, TextField } from 'react-admin';
import { LIST_DEFAULTS } from '../common/ListPagination';
import { WorkbookListActions } from '../common/WorkbookListActions';
import { searchFilter, ShowLinkCol } from '../common/listParts';
import { LocalizedNameField } from '../common/LocalizedNameField';
import { RowsOrCards } from '../common/RowsOrCards';
import { usePhoneFilters } from '../common/usePhoneFilters';
import { useBulkActions } from '../common/useBulkActions';
import { useNameSource } from '../common/useNameSource';

const searchOnly = [searchFilter];

interface NamedReferenceListProps {
  /** The column the list is sorted by and starts with. */
  keySource?: string;
  filters?: ReactElement<{ alwaysOn?: boolean }>[];
  /** The columns after the name. */
  children?: ReactNode;
}

/** A list of regions, directions, special projects or target audiences: a key column, the name in the user's language, and the kind's own columns. */
export const NamedReferenceList = ({ keySource = 'code', filters = searchOnly, children = [] }: NamedReferenceListProps) => (
  <List
    {...LIST_DEFAULTS}
    exporter={false}
    actions={<WorkbookListActions />}
    filters={usePhoneFilters(filters)}
    sort={{ field: keySource, order: 'ASC' }}
  >
    <RowsOrCards
      cards={<SimpleList rowClick="show" primaryText={<LocalizedNameField />} secondaryText={<TextField source={keySource} />} />}
    >
      <DataTable rowClick="show" bulkActionButtons={useBulkActions()}>
        <ShowLinkCol source={keySource} />
        <DataTable.Col source={useNameSource()}>
          <LocalizedNameField />
        </DataTable.Col>
        {children}
      </DataTable>
    </RowsOrCards>
  </List>
);
