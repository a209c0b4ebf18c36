import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'ra-core';
import { ProjectBar } from './chartData';
import { BAR_COLOR, HIGHLIGHT_COLOR } from './colors';
import { useNumberFormat } from '../common/useNumberFormat';

/** Names in two languages wrap to three lines at this width; each bar gets the room of three. */
const BAR_HEIGHT = 46;

export const SpecialProjectsChart = ({ data }: { data: ProjectBar[] }) => {
  const translate = useTranslate();
  const format = useNumberFormat();
  const labelled = data.map((bar) => ({ ...bar, label: bar.isNew ? `★ ${bar.name}` : bar.name }));
  return (
    <ResponsiveContainer width="100%" height={Math.max(200, data.length * BAR_HEIGHT + 40)}>
      <BarChart data={labelled} layout="vertical" margin={{ left: 16 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" allowDecimals={false} tickFormatter={format.count} />
        <YAxis type="category" dataKey="label" width={230} tick={{ fontSize: 12 }} interval={0} />
        <Tooltip formatter={(value) => format.count(Number(value))} />
        <Bar isAnimationActive={false} dataKey="count" name={translate('app.analytics.dashboard.materials')}>
          {labelled.map((bar) => (
            <Cell key={bar.id} fill={bar.isNew ? HIGHLIGHT_COLOR : BAR_COLOR} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
};
