import { lazy } from 'react';

// recharts is large: the charts load only when a dashboard shows them.
export const TrendChart = lazy(() => import('./TrendChart').then((module) => ({ default: module.TrendChart })));
export const RegionsChart = lazy(() => import('./RegionsChart').then((module) => ({ default: module.RegionsChart })));
export const SpecialProjectsChart = lazy(() =>
  import('./SpecialProjectsChart').then((module) => ({ default: module.SpecialProjectsChart })),
);
export const LanguageChart = lazy(() => import('./LanguageChart').then((module) => ({ default: module.LanguageChart })));
export const PlanQuartersChart = lazy(() => import('./PlanQuartersChart').then((module) => ({ default: module.PlanQuartersChart })));
