import ArticleIcon from '@mui/icons-material/Article';
import { MaterialCreate } from './MaterialCreate';
import { MaterialEdit } from './MaterialEdit';
import { MaterialList } from './MaterialList';
import { MaterialShow } from './MaterialShow';

export const materials = {
  list: MaterialList,
  edit: MaterialEdit,
  create: MaterialCreate,
  show: MaterialShow,
  icon: ArticleIcon,
  recordRepresentation: 'title',
};
