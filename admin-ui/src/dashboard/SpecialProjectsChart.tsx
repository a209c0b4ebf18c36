import { ProjectBar } from './chartData';
import { BAR_COLOR, HIGHLIGHT_COLOR } from './colors';
import { useNumberFormat } from '../common/useNumberFormat';
import { HorizontalBars } from './SvgCharts';

/** Materials per special project; the new ones starred and highlighted. Names in two languages take up to three lines. */
export const SpecialProjectsChart = ({ data, hrefFor }: { data: ProjectBar[]; hrefFor?: (bar: ProjectBar) => string | undefined }) => {
  const format = useNumberFormat();
  return (
    <HorizontalBars
      maxLines={3}
      format={format}
      hrefFor={hrefFor}
      rows={data.map((bar) => ({
        key: bar.id,
        label: bar.isNew ? `★ ${bar.name}` : bar.name,
        value: bar.count,
        color: bar.isNew ? HIGHLIGHT_COLOR : BAR_COLOR,
        datum: bar,
      }))}
    />
  );
};
