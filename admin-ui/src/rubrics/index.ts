import LabelIcon from '@mui/icons-material/Label';
import { editableResource } from '../common/formPages';
import { RubricInputs } from './RubricInputs';
import { RubricList } from './RubricList';
import { RubricShow } from './RubricShow';

export const rubrics = editableResource({
  list: RubricList,
  show: RubricShow,
  inputs: RubricInputs,
  icon: LabelIcon,
  recordRepresentation: 'name',
});
