import { useTranslate } from 'ra-core';
import { QuarterBar } from './planExecution';
import { BAR_COLOR, HIGHLIGHT_COLOR } from './colors';
import { useNumberFormat } from '../common/useNumberFormat';
import { Columns } from './SvgCharts';

/** Planned against fulfilled, side by side per quarter. */
export const PlanQuartersChart = ({ data, hrefFor }: { data: QuarterBar[]; hrefFor?: (row: QuarterBar) => string | undefined }) => {
  const translate = useTranslate();
  const format = useNumberFormat();
  return (
    <Columns
      mode="grouped"
      height={220}
      format={format}
      hrefFor={hrefFor}
      series={[
        { key: 'planned', name: translate('app.analytics.plan.planned'), color: BAR_COLOR },
        { key: 'fulfilled', name: translate('app.analytics.plan.fulfilled'), color: HIGHLIGHT_COLOR },
      ]}
      rows={data.map((row) => ({
        key: String(row.quarter),
        label: translate('app.dashboard.quarter_n', { n: row.quarter }),
        values: [row.planned, row.fulfilled],
        datum: row,
      }))}
    />
  );
};
