import EventNoteIcon from '@mui/icons-material/EventNote';
import { MediaPlanCreate } from './MediaPlanCreate';
import { MediaPlanEdit } from './MediaPlanEdit';
import { MediaPlanList } from './MediaPlanList';
import { MediaPlanShow } from './MediaPlanShow';

export const mediaPlans = {
  list: MediaPlanList,
  show: MediaPlanShow,
  edit: MediaPlanEdit,
  create: MediaPlanCreate,
  icon: EventNoteIcon,
  recordRepresentation: 'title',
};
