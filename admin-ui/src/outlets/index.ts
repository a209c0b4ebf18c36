import NewspaperIcon from '@mui/icons-material/Newspaper';
import { lazyPage } from '../common/lazyPage';
import { editableResource } from '../common/formPages';
import { OutletInputs } from './OutletInputs';

export const outlets = editableResource({
  list: lazyPage(
    () => import('./OutletList'),
    (module) => module.OutletList,
  ),
  show: lazyPage(
    () => import('./OutletShow'),
    (module) => module.OutletShow,
  ),
  inputs: OutletInputs,
  icon: NewspaperIcon,
  recordRepresentation: 'name',
});
