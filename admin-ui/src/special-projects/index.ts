import StarIcon from '@mui/icons-material/Star';
import { namedReference } from '../named-references/namedReference';
import { SpecialProjectInputs } from './SpecialProjectInputs';
import { SpecialProjectList } from './SpecialProjectList';
import { SpecialProjectShow } from './SpecialProjectShow';

export const specialProjects = namedReference({
  inputs: SpecialProjectInputs,
  icon: StarIcon,
  list: SpecialProjectList,
  show: SpecialProjectShow,
});
