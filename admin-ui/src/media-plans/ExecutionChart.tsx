import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'ra-core';
import { toQuarterBars } from './executionData';
import type { QuarterExecution } from '../../../contracts/media-plans';
import { useNumberFormat } from '../common/useNumberFormat';

export const ExecutionChart = ({ quarters }: { quarters: QuarterExecution[] }) => {
  const translate = useTranslate();
  const format = useNumberFormat();
  const data = toQuarterBars(quarters).map((bar) => ({
    ...bar,
    label: bar.quarter ? translate('app.plans.quarter_n', { n: bar.quarter }) : translate('app.plans.items.whole_year'),
  }));
  return (
    <ResponsiveContainer width="100%" height={300}>
      <BarChart data={data} data-testid="execution-chart">
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" />
        <YAxis allowDecimals={false} tickFormatter={format.count} />
        <Tooltip formatter={(value) => format.count(Number(value))} />
        <Legend />
        <Bar isAnimationActive={false} dataKey="planned" name={translate('app.plans.execution.planned')} fill="#90a4ae" />
        <Bar isAnimationActive={false} dataKey="fulfilled" name={translate('app.plans.execution.fulfilled')} fill="#2e7d32" />
      </BarChart>
    </ResponsiveContainer>
  );
};
