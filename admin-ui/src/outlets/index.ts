import NewspaperIcon from '@mui/icons-material/Newspaper';
import { editableResource } from '../common/formPages';
import { OutletInputs } from './OutletInputs';
import { OutletList } from './OutletList';
import { OutletShow } from './OutletShow';

export const outlets = editableResource({
  list: OutletList,
  show: OutletShow,
  inputs: OutletInputs,
  icon: NewspaperIcon,
  recordRepresentation: 'name',
});
