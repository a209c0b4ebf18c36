import { createElement } from 'react';
import ExploreIcon from '@mui/icons-material/Explore';
import { LocalizedNameField } from '../common/LocalizedNameField';
import { formPages } from '../common/formPages';
import { DirectionInputs } from './DirectionInputs';
import { NamedReferenceList } from '../named-references/NamedReferenceList';
import { NamedReferenceShow } from '../named-references/NamedReferenceShow';

export const directions = {
  list: NamedReferenceList,
  ...formPages(DirectionInputs),
  show: NamedReferenceShow,
  icon: ExploreIcon,
  recordRepresentation: createElement(LocalizedNameField),
};
