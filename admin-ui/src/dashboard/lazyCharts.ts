import { ComponentType, lazy, memo } from 'react';

const trendChart = () => import('./TrendChart');
const regionsChart = () => import('./RegionsChart');
const specialProjectsChart = () => import('./SpecialProjectsChart');
const languageChart = () => import('./LanguageChart');

/**
 * A chart is drawn again only when its figures change: the dashboard renders once per answer that arrives, and
 * redrawing every chart each time cost more than the answers themselves. The rows are a few dozen, so comparing
 * them is cheap next to a redraw.
 */
const redrawnOnNewData = <D>(chart: ComponentType<{ data: D }>) =>
  memo(chart, (before, after) => JSON.stringify(before.data) === JSON.stringify(after.data));

// recharts is large: the charts load only when a dashboard shows them.
export const TrendChart = lazy(() => trendChart().then((module) => ({ default: redrawnOnNewData(module.TrendChart) })));
export const RegionsChart = lazy(() => regionsChart().then((module) => ({ default: redrawnOnNewData(module.RegionsChart) })));
export const SpecialProjectsChart = lazy(() =>
  specialProjectsChart().then((module) => ({ default: redrawnOnNewData(module.SpecialProjectsChart) })),
);
export const LanguageChart = lazy(() => languageChart().then((module) => ({ default: redrawnOnNewData(module.LanguageChart) })));
export const PlanQuartersChart = lazy(() => import('./PlanQuartersChart').then((module) => ({ default: module.PlanQuartersChart })));

/** Starts loading the dashboard's charts while its figures are asked for, rather than once they have arrived. */
export const preloadDashboardCharts = (): void => {
  void Promise.all([trendChart(), regionsChart(), specialProjectsChart(), languageChart()]);
};
