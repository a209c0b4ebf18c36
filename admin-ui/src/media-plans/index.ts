import EventNoteIcon from '@mui/icons-material/EventNote';
import { lazyPage } from '../common/lazyPage';

export const mediaPlans = {
  list: lazyPage(() => import('./MediaPlanList'), 'MediaPlanList'),
  show: lazyPage(() => import('./MediaPlanShow'), 'MediaPlanShow'),
  edit: lazyPage(() => import('./MediaPlanEdit'), 'MediaPlanEdit'),
  create: lazyPage(() => import('./MediaPlanCreate'), 'MediaPlanCreate'),
  icon: EventNoteIcon,
  recordRepresentation: 'title',
};
