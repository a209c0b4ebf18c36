import NewspaperIcon from '@mui/icons-material/Newspaper';
import { formPages } from '../common/formPages';
import { OutletInputs } from './OutletInputs';
import { OutletList } from './OutletList';
import { OutletShow } from './OutletShow';

export const outlets = {
  list: OutletList,
  ...formPages(OutletInputs),
  show: OutletShow,
  icon: NewspaperIcon,
  recordRepresentation: 'name',
};
