import { Alert, Card, CardContent, CardHeader, LinearProgress, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { AnalyticsFilterBar } from './AnalyticsFilterBar';
import { CoverageLegend } from './CoverageLegend';
import { TableScroll } from '../common/TableScroll';
import { CoverageTable } from './CoverageTable';
import { materialFilter } from './filters';
import { useAnalyticsFilters } from './useAnalyticsFilters';
import { useCoverage } from './useCoverage';

/** Regions × the guide's priorities for a period: how the logged work covers what the regions lack. */
export const PrioritiesPage = () => {
  const translate = useTranslate();
  const view = useAnalyticsFilters();
  const { error, regions, coverage } = useCoverage(view);
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('app.analytics.priorities.title')} />
      <CardHeader title={translate('app.analytics.priorities.title')} subheader={translate('app.analytics.priorities.subtitle')} />
      <CardContent>
        <AnalyticsFilterBar view={view} />
        {error && <Alert severity="error">{translate('app.dashboard.error')}</Alert>}
        {!coverage && !error && <LinearProgress />}
        {coverage && (
          <>
            <TableScroll label={translate('app.analytics.priorities.title')}>
              <CoverageTable
                rows={coverage.rows}
                all={coverage.all}
                ids={coverage.ids}
                baseFilter={materialFilter(view.filters, { withRegion: false })}
                period={view.period}
                regionName={regions.nameOf}
              />
            </TableScroll>
            <CoverageLegend benchmark={coverage.benchmark} />
            <Typography variant="caption" color="text.secondary">
              {translate('app.analytics.priorities.hint')}
            </Typography>
          </>
        )}
      </CardContent>
    </Card>
  );
};
