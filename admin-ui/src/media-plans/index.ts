import EventNoteIcon from '@mui/icons-material/EventNote';
import { MediaPlanList } from './MediaPlanList';

export const mediaPlans = {
  list: MediaPlanList,
  icon: EventNoteIcon,
  recordRepresentation: 'title',
};
