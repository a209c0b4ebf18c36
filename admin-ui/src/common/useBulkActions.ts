import { usePermissions, useResourceContext } from 'react-admin';
import { canWrite } from './access';

/** The default bulk actions (delete) only for a role that may write the list's resource. */
export const useBulkActions = (): false | undefined => {
  const resource = useResourceContext();
  const { permissions } = usePermissions();
  return resource && canWrite(resource, permissions) ? undefined : false;
};
