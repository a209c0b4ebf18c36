import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'ra-core';
import { RankedRegion } from './chartData';
import { BAR_COLOR, HIGHLIGHT_COLOR } from './colors';

export const RegionsChart = ({ data }: { data: RankedRegion[] }) => {
  const translate = useTranslate();
  return (
    <ResponsiveContainer width="100%" height={Math.max(200, data.length * 24 + 40)}>
      <BarChart data={data} layout="vertical" margin={{ left: 16 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="name" width={190} tick={{ fontSize: 12 }} interval={0} />
        <Tooltip />
        <Bar dataKey="count" name={translate('app.analytics.dashboard.materials')}>
          {data.map((row) => (
            <Cell key={row.regionId} fill={row.selected ? HIGHLIGHT_COLOR : BAR_COLOR} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
};
