import { createElement } from 'react';
import GroupsIcon from '@mui/icons-material/Groups';
import { LocalizedNameField } from '../common/LocalizedNameField';
import { formPages } from '../common/formPages';
import { TargetAudienceInputs } from './TargetAudienceInputs';
import { NamedReferenceList } from '../named-references/NamedReferenceList';
import { TargetAudienceShow } from './TargetAudienceShow';

export const targetAudiences = {
  list: NamedReferenceList,
  ...formPages(TargetAudienceInputs),
  show: TargetAudienceShow,
  icon: GroupsIcon,
  recordRepresentation: createElement(LocalizedNameField),
};
