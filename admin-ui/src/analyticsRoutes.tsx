import { Route } from 'react-router';
import { COMPLETENESS_PATH, PRIORITIES_PATH, QUARTERS_PATH, REPORTS_PATH } from './analyticsPaths';
import { lazyPage } from './common/lazyPage';

const QuartersPage = lazyPage(() => import('./quarters/QuartersPage'), 'QuartersPage');
const ReportsPage = lazyPage(() => import('./reports/ReportsPage'), 'ReportsPage');
const CompletenessPage = lazyPage(() => import('./analytics/CompletenessPage'), 'CompletenessPage');
const PrioritiesPage = lazyPage(() => import('./analytics/PrioritiesPage'), 'PrioritiesPage');

/** The custom routes of the analytics pages, for <CustomRoutes>. */
export const analyticsRoutes = [
  <Route key="priorities" path={PRIORITIES_PATH} element={<PrioritiesPage />} />,
  <Route key="completeness" path={COMPLETENESS_PATH} element={<CompletenessPage />} />,
  <Route key="reports" path={REPORTS_PATH} element={<ReportsPage />} />,
  <Route key="quarters" path={QUARTERS_PATH} element={<QuartersPage />} />,
];
