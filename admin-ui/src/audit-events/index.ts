import HistoryIcon from '@mui/icons-material/History';
import { lazyPage } from '../common/lazyPage';

export const auditEvents = {
  list: lazyPage(() => import('./AuditEventList'), 'AuditEventList'),
  icon: HistoryIcon,
};
