import ExploreIcon from '@mui/icons-material/Explore';
import { namedReference } from '../named-references/namedReference';
import { DirectionInputs } from './DirectionInputs';

export const directions = namedReference({ inputs: DirectionInputs, icon: ExploreIcon });
