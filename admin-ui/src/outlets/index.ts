import NewspaperIcon from '@mui/icons-material/Newspaper';
import { OutletCreate } from './OutletCreate';
import { OutletEdit } from './OutletEdit';
import { OutletList } from './OutletList';
import { OutletShow } from './OutletShow';

export const outlets = {
  list: OutletList,
  edit: OutletEdit,
  create: OutletCreate,
  show: OutletShow,
  icon: NewspaperIcon,
  recordRepresentation: 'name',
};
