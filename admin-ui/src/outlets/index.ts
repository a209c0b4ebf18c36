import NewspaperIcon from '@mui/icons-material/Newspaper';
import { lazyPage } from '../common/lazyPage';
import { editableResource } from '../common/formPages';
import { OutletInputs } from './OutletInputs';

export const outlets = editableResource({
  list: lazyPage(() => import('./OutletList'), 'OutletList'),
  show: lazyPage(() => import('./OutletShow'), 'OutletShow'),
  inputs: OutletInputs,
  icon: NewspaperIcon,
  recordRepresentation: 'name',
});
