import { BulkDeleteButton, usePermissions } from 'react-admin';
import { canWrite } from '../common/access';
import { WorkbookExportButton } from '../common/WorkbookExportButton';
import { MaterialBulkChange } from './MaterialBulkChange';

/** The selected rows exported by anyone; changed or deleted by those who may write materials. */
export const MaterialBulkActions = () => {
  const { permissions } = usePermissions();
  return (
    <>
      <WorkbookExportButton list="materials" selected />
      {canWrite('materials', permissions) && (
        <>
          <MaterialBulkChange />
          <BulkDeleteButton />
        </>
      )}
    </>
  );
};
