import { Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip } from 'recharts';
import { useTranslate } from 'ra-core';
import { useNumberFormat } from '../common/useNumberFormat';
import { LanguageSlice } from './chartData';
import { LANGUAGE_COLORS } from './colors';

export const LanguageChart = ({ data }: { data: LanguageSlice[] }) => {
  const translate = useTranslate();
  const format = useNumberFormat();
  const slices = data.map((slice) => ({
    ...slice,
    name: `${translate(`app.language.${slice.language}`)} — ${format.percent(slice.share)}`,
  }));
  return (
    <ResponsiveContainer width="100%" height={300}>
      <PieChart>
        <Pie data={slices} dataKey="count" nameKey="name" outerRadius={95} innerRadius={45} isAnimationActive={false}>
          {slices.map((slice) => (
            <Cell key={slice.language} fill={LANGUAGE_COLORS[slice.language] ?? LANGUAGE_COLORS.other} />
          ))}
        </Pie>
        <Tooltip formatter={(value) => format.count(Number(value))} />
        <Legend />
      </PieChart>
    </ResponsiveContainer>
  );
};
