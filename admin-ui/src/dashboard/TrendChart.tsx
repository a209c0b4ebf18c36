import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'ra-core';
import { CHANNELS } from '../../../contracts/codes';
import { TrendRow } from './chartData';
import { CHANNEL_COLORS } from './colors';
import { useNumberFormat } from '../common/useNumberFormat';

const monthLabel = (month: string) => `${month.slice(5, 7)}.${month.slice(0, 4)}`;

export const TrendChart = ({ data }: { data: TrendRow[] }) => {
  const translate = useTranslate();
  const format = useNumberFormat();
  return (
    <ResponsiveContainer width="100%" height={300}>
      <BarChart data={data.map((row) => ({ ...row, label: monthLabel(row.month) }))}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" />
        <YAxis allowDecimals={false} tickFormatter={format.count} />
        <Tooltip formatter={(value) => format.count(Number(value))} />
        <Legend />
        {CHANNELS.map((channel) => (
          <Bar
            isAnimationActive={false}
            key={channel}
            dataKey={channel}
            stackId="month"
            name={translate(`app.channel.${channel}`)}
            fill={CHANNEL_COLORS[channel]}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
};
