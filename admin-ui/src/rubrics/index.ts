import LabelIcon from '@mui/icons-material/Label';
import { RubricCreate } from './RubricCreate';
import { RubricEdit } from './RubricEdit';
import { RubricList } from './RubricList';
import { RubricShow } from './RubricShow';

export const rubrics = {
  list: RubricList,
  edit: RubricEdit,
  create: RubricCreate,
  show: RubricShow,
  icon: LabelIcon,
  recordRepresentation: 'name',
};
