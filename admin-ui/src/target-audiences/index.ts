import GroupsIcon from '@mui/icons-material/Groups';
import { namedReference } from '../named-references/namedReference';
import { TargetAudienceInputs } from './TargetAudienceInputs';
import { TargetAudienceShow } from './TargetAudienceShow';

export const targetAudiences = namedReference({ inputs: TargetAudienceInputs, icon: GroupsIcon, show: TargetAudienceShow });
