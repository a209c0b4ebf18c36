import { createElement } from 'react';
import GroupsIcon from '@mui/icons-material/Groups';
import { LocalizedNameField } from '../common/LocalizedNameField';
import { TargetAudienceCreate } from './TargetAudienceCreate';
import { TargetAudienceEdit } from './TargetAudienceEdit';
import { TargetAudienceList } from './TargetAudienceList';
import { TargetAudienceShow } from './TargetAudienceShow';

export const targetAudiences = {
  list: TargetAudienceList,
  edit: TargetAudienceEdit,
  create: TargetAudienceCreate,
  show: TargetAudienceShow,
  icon: GroupsIcon,
  recordRepresentation: createElement(LocalizedNameField),
};
