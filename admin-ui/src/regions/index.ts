import PlaceIcon from '@mui/icons-material/Place';
import { namedReference } from '../named-references/namedReference';
import { RegionInputs } from './RegionInputs';
import { RegionList } from './RegionList';
import { RegionShow } from './RegionShow';

export const regions = namedReference({ inputs: RegionInputs, icon: PlaceIcon, list: RegionList, show: RegionShow });
