import { CreateButton, FilterButton, TopToolbar, useFilterContext, useResourceContext, useResourceDefinition } from 'react-admin';
import { EXPORTED_LISTS } from '../../../contracts/reports';
import { WorkbookExportButton } from './WorkbookExportButton';

/** react-admin's list toolbar (filters, create) with the server's workbook of the list in place of its CSV. */
export const WorkbookListActions = () => {
  const resource = useResourceContext();
  const { hasCreate } = useResourceDefinition();
  const filters = useFilterContext();
  const list = EXPORTED_LISTS.find((known) => known === resource);
  return (
    <TopToolbar>
      {filters && <FilterButton />}
      {hasCreate && <CreateButton />}
      {list && <WorkbookExportButton list={list} />}
    </TopToolbar>
  );
};
