import { Admin, Resource } from 'react-admin';
import { authProvider } from './authProvider';
import { Dashboard } from './dashboard/Dashboard';
import { dataProvider } from './dataProvider';
import { directions } from './directions';
import { i18nProvider } from './i18n/i18nProvider';
import { AppLayout } from './Layout';
import { materials } from './materials';
import { mediaPlanItems } from './media-plan-items';
import { mediaPlans } from './media-plans';
import { outlets } from './outlets';
import { regions } from './regions';
import { rubrics } from './rubrics';
import { specialProjects } from './special-projects';
import { targetAudiences } from './target-audiences';
import { users } from './users';

export const App = () => (
  <Admin
    title="app.title"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    layout={AppLayout}
    requireAuth
    disableTelemetry
  >
    {(permissions) => (
      <>
        <Resource name="materials" {...materials} />
        <Resource name="outlets" {...outlets} />
        <Resource name="rubrics" {...rubrics} />
        <Resource name="media-plans" {...mediaPlans} />
        <Resource name="media-plan-items" {...mediaPlanItems} />
        <Resource name="regions" {...regions} />
        <Resource name="directions" {...directions} />
        <Resource name="special-projects" {...specialProjects} />
        <Resource name="target-audiences" {...targetAudiences} />
        {permissions === 'admin' && <Resource name="users" {...users} />}
      </>
    )}
  </Admin>
);
