import { createElement } from 'react';
import ExploreIcon from '@mui/icons-material/Explore';
import { LocalizedNameField } from '../common/LocalizedNameField';
import { DirectionCreate } from './DirectionCreate';
import { DirectionEdit } from './DirectionEdit';
import { DirectionList } from './DirectionList';
import { DirectionShow } from './DirectionShow';

export const directions = {
  list: DirectionList,
  edit: DirectionEdit,
  create: DirectionCreate,
  show: DirectionShow,
  icon: ExploreIcon,
  recordRepresentation: createElement(LocalizedNameField),
};
