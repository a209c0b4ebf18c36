import ArticleIcon from '@mui/icons-material/Article';
import { lazyPage } from '../common/lazyPage';

export const materials = {
  list: lazyPage(() => import('./MaterialList'), 'MaterialList'),
  edit: lazyPage(() => import('./MaterialEdit'), 'MaterialEdit'),
  create: lazyPage(() => import('./MaterialCreate'), 'MaterialCreate'),
  show: lazyPage(() => import('./MaterialShow'), 'MaterialShow'),
  icon: ArticleIcon,
  recordRepresentation: 'title',
};
