import { Alert, Card, CardContent, CardHeader, Grid, LinearProgress, Typography } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import { LOCALES } from '../../../contracts/codes';
import { NoteButton } from '../reports/NoteButton';
import { AnalyticsFilterBar } from '../analytics/AnalyticsFilterBar';
import { activeIn, materialFilter, previousPeriod } from '../analytics/filters';
import { useDateFormat } from '../common/useDateFormat';
import { useAnalyticsFilters } from '../analytics/useAnalyticsFilters';
import { useReferenceNames } from '../analytics/useReferenceNames';
import { TableScroll } from '../common/TableScroll';
import { ChartCard } from './ChartCard';
import { languageMix, monthlyTrend, newProjectIds, rankRegions, specialProjectBars } from './chartData';
import { compareRollups, hasComparableData } from './comparison';
import { LanguageChart, RegionsChart, SpecialProjectsChart, TrendChart } from './charts';
import { NationalTable } from './NationalTable';
import { PlanExecutionPanel } from './PlanExecutionPanel';
import { useDashboardData } from './useDashboardData';
import { useChartLinks } from './useChartLinks';
import { useDashboardTitle } from './useDashboardTitle';

export const Dashboard = () => {
  const translate = useTranslate();
  const dates = useDateFormat();
  const title = useDashboardTitle();
  const view = useAnalyticsFilters();
  const data = useDashboardData(view);
  const links = useChartLinks(view);
  const regionNames = useReferenceNames('regions');
  const projectNames = useReferenceNames('special-projects');
  const named = (names: typeof regionNames) => names.records.map((record) => ({ ...record, name: names.nameOf(record.id) }));
  const previous = previousPeriod(view.period);
  const compared = data.previous.data === undefined || hasComparableData(data.previous.data);
  const previousDates = { from: dates.date(previous.from), to: dates.date(previous.to) };
  const locale = useLocale();
  const note = {
    year: view.year,
    quarter: view.filters.quarter || undefined,
    regionId: view.ownRegionId ?? view.filters.regionId,
    lang: LOCALES.find((known) => known === locale) ?? 'ru',
  };

  return (
    <Card sx={{ mt: 2 }}>
      <CardHeader
        title={title}
        slotProps={{ title: { 'data-testid': 'dashboard-title' } }}
        action={view.ready && <NoteButton request={note} />}
      />
      <CardContent>
        <AnalyticsFilterBar view={view} />
        {data.error && <Alert severity="error">{translate('app.dashboard.error')}</Alert>}
        {data.national.isPending && !data.error && <LinearProgress />}
        {data.national.data && (
          <Grid container spacing={2}>
            <Grid size={12}>
              <TableScroll label={title}>
                <NationalTable
                  rows={compareRollups(data.national.data, data.previous.data)}
                  filter={materialFilter(view.filters)}
                  period={view.period}
                  previousPeriod={previous}
                  compared={compared}
                />
              </TableScroll>
              <Typography variant="caption" color="text.secondary" data-testid="previous-period">
                {translate(
                  compared ? 'app.analytics.dashboard.previous_period' : 'app.analytics.dashboard.no_previous_data',
                  previousDates,
                )}
              </Typography>
            </Grid>
            <Grid size={{ xs: 12, lg: 8 }}>
              <ChartCard title={translate('app.analytics.dashboard.trend')} testId="chart-trend">
                <TrendChart data={monthlyTrend(data.trend.data ?? [], data.months)} hrefFor={links.month} />
              </ChartCard>
            </Grid>
            <Grid size={{ xs: 12, lg: 4 }}>
              <ChartCard title={translate('app.analytics.dashboard.languages')} testId="chart-languages">
                <LanguageChart data={languageMix(data.languages.data ?? [])} hrefFor={links.language} />
              </ChartCard>
            </Grid>
            {view.ownRegionId !== null && (
              <Grid size={12}>
                <PlanExecutionPanel regionId={view.ownRegionId} year={view.year} />
              </Grid>
            )}
            {data.regions && (
              <Grid size={{ xs: 12, lg: 6 }}>
                <ChartCard title={translate('app.analytics.dashboard.regions')} testId="chart-regions">
                  <RegionsChart
                    data={rankRegions(data.regions.data ?? [], activeIn(named(regionNames), view.period), view.filters.regionId)}
                    hrefFor={links.region}
                  />
                </ChartCard>
              </Grid>
            )}
            <Grid size={{ xs: 12, lg: data.regions ? 6 : 12 }}>
              <ChartCard title={translate('app.analytics.dashboard.projects')} testId="chart-projects">
                <SpecialProjectsChart
                  data={specialProjectBars(data.projects.data ?? [], named(projectNames), newProjectIds(projectNames.records))}
                  hrefFor={links.project}
                />
                <Typography variant="caption" color="text.secondary">
                  {translate('app.analytics.dashboard.new_projects_note')}
                </Typography>
              </ChartCard>
            </Grid>
          </Grid>
        )}
      </CardContent>
    </Card>
  );
};
