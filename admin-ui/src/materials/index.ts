import ArticleIcon from '@mui/icons-material/Article';
import { lazyPage } from '../common/lazyPage';

export const materials = {
  list: lazyPage(
    () => import('./MaterialList'),
    (module) => module.MaterialList,
  ),
  edit: lazyPage(
    () => import('./MaterialEdit'),
    (module) => module.MaterialEdit,
  ),
  create: lazyPage(
    () => import('./MaterialCreate'),
    (module) => module.MaterialCreate,
  ),
  show: lazyPage(
    () => import('./MaterialShow'),
    (module) => module.MaterialShow,
  ),
  icon: ArticleIcon,
  recordRepresentation: 'title',
};
