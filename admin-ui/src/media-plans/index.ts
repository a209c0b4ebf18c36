import EventNoteIcon from '@mui/icons-material/EventNote';
import { lazyPage } from '../common/lazyPage';

export const mediaPlans = {
  list: lazyPage(
    () => import('./MediaPlanList'),
    (module) => module.MediaPlanList,
  ),
  show: lazyPage(
    () => import('./MediaPlanShow'),
    (module) => module.MediaPlanShow,
  ),
  edit: lazyPage(
    () => import('./MediaPlanEdit'),
    (module) => module.MediaPlanEdit,
  ),
  create: lazyPage(
    () => import('./MediaPlanCreate'),
    (module) => module.MediaPlanCreate,
  ),
  icon: EventNoteIcon,
  recordRepresentation: 'title',
};
