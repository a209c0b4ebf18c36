import { useTranslate } from 'ra-core';
import { CHANNELS } from '../../../contracts/codes';
import { TrendRow } from './chartData';
import { CHANNEL_COLORS } from './colors';
import { useNumberFormat } from '../common/useNumberFormat';
import { Columns } from './SvgCharts';

const monthLabel = (month: string) => `${month.slice(5, 7)}.${month.slice(0, 4)}`;

/** Materials per month, the channels stacked. */
export const TrendChart = ({ data, hrefFor }: { data: TrendRow[]; hrefFor?: (row: TrendRow) => string | undefined }) => {
  const translate = useTranslate();
  const format = useNumberFormat();
  return (
    <Columns
      mode="stacked"
      height={300}
      format={format}
      hrefFor={hrefFor}
      series={CHANNELS.map((channel) => ({ key: channel, name: translate(`app.channel.${channel}`), color: CHANNEL_COLORS[channel] }))}
      rows={data.map((row) => ({
        key: row.month,
        label: monthLabel(row.month),
        values: CHANNELS.map((channel) => row[channel]),
        datum: row,
      }))}
    />
  );
};
