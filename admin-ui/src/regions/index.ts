import { createElement } from 'react';
import PlaceIcon from '@mui/icons-material/Place';
import { LocalizedNameField } from '../common/LocalizedNameField';
import { RegionCreate } from './RegionCreate';
import { RegionEdit } from './RegionEdit';
import { RegionList } from './RegionList';
import { RegionShow } from './RegionShow';

export const regions = {
  list: RegionList,
  edit: RegionEdit,
  create: RegionCreate,
  show: RegionShow,
  icon: PlaceIcon,
  recordRepresentation: createElement(LocalizedNameField),
};
