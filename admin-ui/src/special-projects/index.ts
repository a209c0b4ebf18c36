import { createElement } from 'react';
import StarIcon from '@mui/icons-material/Star';
import { LocalizedNameField } from '../common/LocalizedNameField';
import { SpecialProjectCreate } from './SpecialProjectCreate';
import { SpecialProjectEdit } from './SpecialProjectEdit';
import { SpecialProjectList } from './SpecialProjectList';
import { SpecialProjectShow } from './SpecialProjectShow';

export const specialProjects = {
  list: SpecialProjectList,
  edit: SpecialProjectEdit,
  create: SpecialProjectCreate,
  show: SpecialProjectShow,
  icon: StarIcon,
  recordRepresentation: createElement(LocalizedNameField),
};
