import { createElement } from 'react';
import StarIcon from '@mui/icons-material/Star';
import { LocalizedNameField } from '../common/LocalizedNameField';
import { formPages } from '../common/formPages';
import { SpecialProjectInputs } from './SpecialProjectInputs';
import { SpecialProjectList } from './SpecialProjectList';
import { SpecialProjectShow } from './SpecialProjectShow';

export const specialProjects = {
  list: SpecialProjectList,
  ...formPages(SpecialProjectInputs),
  show: SpecialProjectShow,
  icon: StarIcon,
  recordRepresentation: createElement(LocalizedNameField),
};
