import { Admin, AuthProvider, CustomRoutes, Resource } from 'react-admin';
import { createHashRouter, Route, RouterProvider } from 'react-router';
import { analyticsRoutes } from './analyticsRoutes';
import { LoginPage } from './account/LoginPage';
import { auditEvents } from './audit-events';
import { authProvider } from './providers/authProvider';
import { forRole } from './common/access';
import { lazyPage } from './common/lazyPage';
import { appTheme } from './common/theme';
import { Dashboard } from './dashboard/Dashboard';
import { prefetchDashboard } from './dashboard/prefetchDashboard';
import { dataProvider } from './providers/dataProvider';
import { queryClient } from './providers/queryClient';
import { readSession } from './providers/session';
import { directions } from './directions';
import { i18nProvider } from './i18n/i18nProvider';
import { IMPORT_PATH } from './imports/importRules';
import { INBOX_PATH } from './inbox/inboxPath';
import { AppLayout } from './Layout';
import { materials } from './materials';
import { mediaPlanItems } from './media-plan-items';
import { mediaPlans } from './media-plans';
import { OVERVIEW_PATH } from './media-plans/overviewPath';
import { outlets } from './outlets';
import { regions } from './regions';
import { rubrics } from './rubrics';
import { specialProjects } from './special-projects';
import { targetAudiences } from './target-audiences';
import { users } from './users';

const AccountPage = lazyPage(() => import('./account/AccountPage'), 'AccountPage');
const ImportPage = lazyPage(() => import('./imports/ImportPage'), 'ImportPage');
const InboxPage = lazyPage(() => import('./inbox/InboxPage'), 'InboxPage');
const PlanOverview = lazyPage(() => import('./media-plans/PlanOverview'), 'PlanOverview');

/**
 * A sign-in lands on the dashboard: its figures are asked for before the app renders its layout. Rendering the layout
 * keeps the page busy for a few hundred ms, during which the years' answer, and so the figures' requests, would wait.
 */
const appAuthProvider: AuthProvider = {
  ...authProvider,
  login: async (params) => {
    const result: unknown = await authProvider.login(params);
    const session = readSession();
    // The figures are an optimisation: the dashboard asks for them itself if this fails.
    if (session) await prefetchDashboard(session.user).catch(() => undefined);
    return result;
  },
};

const AdminApp = () => (
  <Admin
    title="app.title"
    dataProvider={dataProvider}
    authProvider={appAuthProvider}
    queryClient={queryClient}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    layout={AppLayout}
    theme={appTheme}
    loginPage={LoginPage}
    requireAuth
    disableTelemetry
  >
    {(permissions) => (
      <>
        <Resource name="materials" {...forRole('materials', materials, permissions)} />
        <Resource name="outlets" {...forRole('outlets', outlets, permissions)} />
        <Resource name="rubrics" {...forRole('rubrics', rubrics, permissions)} />
        <Resource name="media-plans" {...mediaPlans} />
        <Resource name="media-plan-items" {...mediaPlanItems} />
        <Resource name="regions" {...forRole('regions', regions, permissions)} />
        <Resource name="directions" {...forRole('directions', directions, permissions)} />
        <Resource name="special-projects" {...forRole('special-projects', specialProjects, permissions)} />
        <Resource name="target-audiences" {...forRole('target-audiences', targetAudiences, permissions)} />
        {permissions === 'admin' && <Resource name="users" {...users} />}
        <Resource name="audit-events" {...auditEvents} />
        <CustomRoutes>
          <Route path="/account" element={<AccountPage />} />
          {analyticsRoutes}
          <Route path={IMPORT_PATH} element={<ImportPage />} />
          <Route path={OVERVIEW_PATH} element={<PlanOverview />} />
          <Route path={INBOX_PATH} element={<InboxPage />} />
        </CustomRoutes>
      </>
    )}
  </Admin>
);

/**
 * react-admin makes a new router on each of its renders when it is given none; signed out, that remounts the app
 * while it redirects to the sign-in page, over and over (marmelab/react-admin#10885). One router, made once.
 */
const router = createHashRouter([{ path: '*', element: <AdminApp /> }]);

export const App = () => <RouterProvider router={router} useTransitions={false} />;
