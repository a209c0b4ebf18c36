import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'ra-core';
import { QuarterBar } from './planExecution';
import { BAR_COLOR, HIGHLIGHT_COLOR } from './colors';
import { useNumberFormat } from '../common/useNumberFormat';

export const PlanQuartersChart = ({ data }: { data: QuarterBar[] }) => {
  const translate = useTranslate();
  const format = useNumberFormat();
  const labelled = data.map((row) => ({ ...row, label: translate('app.dashboard.quarter_n', { n: row.quarter }) }));
  return (
    <ResponsiveContainer width="100%" height={220}>
      <BarChart data={labelled}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" />
        <YAxis allowDecimals={false} tickFormatter={format.count} />
        <Tooltip formatter={(value) => format.count(Number(value))} />
        <Legend />
        <Bar isAnimationActive={false} dataKey="planned" name={translate('app.analytics.plan.planned')} fill={BAR_COLOR} />
        <Bar isAnimationActive={false} dataKey="fulfilled" name={translate('app.analytics.plan.fulfilled')} fill={HIGHLIGHT_COLOR} />
      </BarChart>
    </ResponsiveContainer>
  );
};
