import { useTranslate } from 'ra-core';
import { useNumberFormat } from '../common/useNumberFormat';
import { LanguageSlice } from './chartData';
import { LANGUAGE_COLORS } from './colors';
import { Donut } from './SvgCharts';

/** The materials' languages as shares of a ring. */
export const LanguageChart = ({ data, hrefFor }: { data: LanguageSlice[]; hrefFor?: (slice: LanguageSlice) => string | undefined }) => {
  const translate = useTranslate();
  const format = useNumberFormat();
  return (
    <Donut
      format={format}
      hrefFor={hrefFor}
      rows={data.map((slice) => ({
        key: slice.language,
        label: `${translate(`app.language.${slice.language}`)} — ${format.percent(slice.share)}`,
        value: slice.count,
        color: LANGUAGE_COLORS[slice.language] ?? LANGUAGE_COLORS.other,
        datum: slice,
      }))}
    />
  );
};
