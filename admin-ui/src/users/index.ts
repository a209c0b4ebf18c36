import PeopleIcon from '@mui/icons-material/People';
import { lazyPage } from '../common/lazyPage';

export const users = {
  list: lazyPage(
    () => import('./UserList'),
    (module) => module.UserList,
  ),
  create: lazyPage(
    () => import('./UserCreate'),
    (module) => module.UserCreate,
  ),
  edit: lazyPage(
    () => import('./UserEdit'),
    (module) => module.UserEdit,
  ),
  show: lazyPage(
    () => import('./UserShow'),
    (module) => module.UserShow,
  ),
  icon: PeopleIcon,
  recordRepresentation: 'fullName',
};
