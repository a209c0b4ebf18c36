import AssessmentIcon from '@mui/icons-material/Assessment';
import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import GridOnIcon from '@mui/icons-material/GridOn';
import TableChartIcon from '@mui/icons-material/TableChart';
import { memo } from 'react';
import { Menu, usePermissions } from 'react-admin';
import { ImportMenuItem } from './imports/ImportMenuItem';
import { InboxMenuItem } from './inbox/InboxMenuItem';
import { OVERVIEW_PATH } from './media-plans/overviewPath';
import { seesOverview } from './media-plans/planAccess';
import { COMPLETENESS_PATH, PRIORITIES_PATH, QUARTERS_PATH, REPORTS_PATH } from './analyticsPaths';
import { useSharedFiltersSearch } from './analytics/useAnalyticsFilters';

/**
 * The default menu with the inbox, the analytics pages, the quarterly report, closing quarters and the plan overview;
 * the pages that share the analytics filters open with the ones last chosen. Memoised, as the app bar: the layout renders
 * again on every change of the URL, and the menu follows only its own hooks.
 */
export const AppMenu = memo(() => {
  const { permissions } = usePermissions<string>();
  const [search] = useSharedFiltersSearch();
  const filtered = (pathname: string) => ({ pathname, search });
  return (
    // Kazakh names of the plan and audience pages are longer than the menu is wide: they wrap instead of being cut.
    <Menu sx={{ '& .MuiMenuItem-root .MuiTypography-noWrap': { whiteSpace: 'normal' } }}>
      <Menu.DashboardItem to={filtered('/')} data-testid="menu-dashboard" />
      <InboxMenuItem />
      <Menu.Item
        to={filtered(PRIORITIES_PATH)}
        primaryText="app.analytics.priorities.menu"
        leftIcon={<GridOnIcon />}
        data-testid="menu-priorities"
      />
      <Menu.Item
        to={filtered(COMPLETENESS_PATH)}
        primaryText="app.analytics.completeness.menu"
        leftIcon={<TableChartIcon />}
        data-testid="menu-completeness"
      />
      <Menu.Item to={filtered(REPORTS_PATH)} primaryText="app.reports.menu" leftIcon={<AssessmentIcon />} data-testid="menu-reports" />
      <Menu.Item
        to={filtered(QUARTERS_PATH)}
        primaryText="app.quarters.menu"
        leftIcon={<EventAvailableIcon />}
        data-testid="menu-quarters"
      />
      {seesOverview({ role: permissions }) && (
        <Menu.Item
          to={OVERVIEW_PATH}
          primaryText="app.plans.overview.menu"
          leftIcon={<FactCheckIcon />}
          data-testid="menu-plans-overview"
        />
      )}
      <ImportMenuItem />
      <Menu.ResourceItems />
    </Menu>
  );
});
