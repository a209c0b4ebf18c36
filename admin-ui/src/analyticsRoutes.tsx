import { Route } from 'react-router';
import { QuartersPage, QUARTERS_PATH } from './quarters/QuartersPage';
import { ReportsPage, REPORTS_PATH } from './reports/ReportsPage';
import { CompletenessPage, COMPLETENESS_PATH } from './analytics/CompletenessPage';
import { PrioritiesPage, PRIORITIES_PATH } from './analytics/PrioritiesPage';

/** The custom routes of the analytics pages, for <CustomRoutes>. */
export const analyticsRoutes = [
  <Route key="priorities" path={PRIORITIES_PATH} element={<PrioritiesPage />} />,
  <Route key="completeness" path={COMPLETENESS_PATH} element={<CompletenessPage />} />,
  <Route key="reports" path={REPORTS_PATH} element={<ReportsPage />} />,
  <Route key="quarters" path={QUARTERS_PATH} element={<QuartersPage />} />,
];
