import { BulkDeleteButton, BulkExportButton, usePermissions } from 'react-admin';
import { canWrite } from '../common/access';
import { MaterialBulkChange } from './MaterialBulkChange';

/** The selected rows exported by anyone; changed or deleted by those who may write materials. */
export const MaterialBulkActions = () => {
  const { permissions } = usePermissions();
  return (
    <>
      <BulkExportButton />
      {canWrite('materials', permissions) && (
        <>
          <MaterialBulkChange />
          <BulkDeleteButton />
        </>
      )}
    </>
  );
};
