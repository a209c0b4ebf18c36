import ChecklistIcon from '@mui/icons-material/Checklist';
import { lazyPage } from '../common/lazyPage';

export const mediaPlanItems = {
  list: lazyPage(() => import('./MediaPlanItemList'), 'MediaPlanItemList'),
  icon: ChecklistIcon,
  recordRepresentation: 'topic',
};
