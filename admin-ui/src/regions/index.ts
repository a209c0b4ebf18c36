import { createElement } from 'react';
import PlaceIcon from '@mui/icons-material/Place';
import { LocalizedNameField } from '../common/LocalizedNameField';
import { formPages } from '../common/formPages';
import { RegionInputs } from './RegionInputs';
import { RegionList } from './RegionList';
import { RegionShow } from './RegionShow';

export const regions = {
  list: RegionList,
  ...formPages(RegionInputs),
  show: RegionShow,
  icon: PlaceIcon,
  recordRepresentation: createElement(LocalizedNameField),
};
