import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Menu, usePermissions } from 'react-admin';
import { canWrite } from '../common/access';
import { IMPORT_PATH } from './importRules';

/** Shown to the roles that may write materials (RPO editors and administrators). */
export const ImportMenuItem = () => {
  const { permissions } = usePermissions<string>();
  if (!canWrite('materials', permissions)) return null;
  return <Menu.Item to={IMPORT_PATH} primaryText="app.imports.menu" leftIcon={<UploadFileIcon />} data-testid="menu-import" />;
};
