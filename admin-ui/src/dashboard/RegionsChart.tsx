import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'ra-core';
import { RankedRegion } from './chartData';
import { BAR_COLOR, HIGHLIGHT_COLOR } from './colors';
import { useNumberFormat } from '../common/useNumberFormat';

export const RegionsChart = ({ data }: { data: RankedRegion[] }) => {
  const translate = useTranslate();
  const format = useNumberFormat();
  return (
    <ResponsiveContainer width="100%" height={Math.max(200, data.length * 24 + 40)}>
      <BarChart data={data} layout="vertical" margin={{ left: 16 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" allowDecimals={false} tickFormatter={format.count} />
        <YAxis type="category" dataKey="name" width={190} tick={{ fontSize: 12 }} interval={0} />
        <Tooltip formatter={(value) => format.count(Number(value))} />
        <Bar isAnimationActive={false} dataKey="count" name={translate('app.analytics.dashboard.materials')}>
          {data.map((row) => (
            <Cell key={row.regionId} fill={row.selected ? HIGHLIGHT_COLOR : BAR_COLOR} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
};
