import LabelIcon from '@mui/icons-material/Label';
import { formPages } from '../common/formPages';
import { RubricInputs } from './RubricInputs';
import { RubricList } from './RubricList';
import { RubricShow } from './RubricShow';

export const rubrics = {
  list: RubricList,
  ...formPages(RubricInputs),
  show: RubricShow,
  icon: LabelIcon,
  recordRepresentation: 'name',
};
