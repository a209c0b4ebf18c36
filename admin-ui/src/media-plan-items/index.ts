import ChecklistIcon from '@mui/icons-material/Checklist';
import { MediaPlanItemList } from './MediaPlanItemList';

export const mediaPlanItems = {
  list: MediaPlanItemList,
  icon: ChecklistIcon,
  recordRepresentation: 'topic',
};
