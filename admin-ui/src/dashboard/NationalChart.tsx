import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'ra-core';
import { NationalRollup } from './types';

export type ChartCategory = 'republican' | 'regional' | 'internet' | 'social';
export type ChartSeries = 'tv' | 'radio' | 'print' | 'internet' | 'social';
export type ChartRow = { category: ChartCategory } & Record<ChartSeries, number>;

const empty: Record<ChartSeries, number> = { tv: 0, radio: 0, print: 0, internet: 0, social: 0 };

export const toChartData = (rollup: NationalRollup): ChartRow[] => [
  { ...empty, category: 'republican', tv: rollup.republican.tv, radio: rollup.republican.radio, print: rollup.republican.print },
  { ...empty, category: 'regional', tv: rollup.regional.tv, radio: rollup.regional.radio, print: rollup.regional.print },
  { ...empty, category: 'internet', internet: rollup.internet },
  { ...empty, category: 'social', social: rollup.social },
];

const colors: Record<ChartSeries, string> = {
  tv: '#1565c0',
  radio: '#6a1b9a',
  print: '#ef6c00',
  internet: '#2e7d32',
  social: '#c62828',
};

const series = Object.keys(colors) as ChartSeries[];

export const NationalChart = ({ rollup }: { rollup: NationalRollup }) => {
  const translate = useTranslate();
  const data = toChartData(rollup).map((row) => ({ ...row, label: translate(`app.dashboard.${row.category}`) }));
  return (
    <ResponsiveContainer width="100%" height={320}>
      <BarChart data={data}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Legend />
        {series.map((key) => (
          <Bar key={key} dataKey={key} stackId="count" name={translate(`app.channel.${key}`)} fill={colors[key]} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
};
