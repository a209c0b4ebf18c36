import { ComponentType, memo } from 'react';
import { LanguageChart as Language } from './LanguageChart';
import { PlanQuartersChart as PlanQuarters } from './PlanQuartersChart';
import { RegionsChart as Regions } from './RegionsChart';
import { SpecialProjectsChart as SpecialProjects } from './SpecialProjectsChart';
import { TrendChart as Trend } from './TrendChart';

type ChartProps<D> = { data: D[]; hrefFor?: (datum: D) => string | undefined };

/**
 * A chart is drawn again only when its figures or links change: the dashboard renders once per answer that arrives,
 * and the rows are a few dozen, so comparing them is cheap next to a redraw. `hrefFor` should be stable (useCallback).
 */
const redrawnOnNewData = <D>(chart: ComponentType<ChartProps<D>>) =>
  memo(chart, (before, after) => before.hrefFor === after.hrefFor && JSON.stringify(before.data) === JSON.stringify(after.data));

export const TrendChart = redrawnOnNewData(Trend);
export const RegionsChart = redrawnOnNewData(Regions);
export const SpecialProjectsChart = redrawnOnNewData(SpecialProjects);
export const LanguageChart = redrawnOnNewData(Language);
export const PlanQuartersChart = redrawnOnNewData(PlanQuarters);
