import { RankedRegion } from './chartData';
import { BAR_COLOR, HIGHLIGHT_COLOR } from './colors';
import { useNumberFormat } from '../common/useNumberFormat';
import { HorizontalBars } from './SvgCharts';

/** Regions ranked by their materials, the chosen one highlighted. */
export const RegionsChart = ({ data, hrefFor }: { data: RankedRegion[]; hrefFor?: (region: RankedRegion) => string | undefined }) => {
  const format = useNumberFormat();
  return (
    <HorizontalBars
      maxLines={2}
      format={format}
      hrefFor={hrefFor}
      rows={data.map((row) => ({
        key: row.regionId,
        label: row.name,
        value: row.count,
        color: row.selected ? HIGHLIGHT_COLOR : BAR_COLOR,
        datum: row,
      }))}
    />
  );
};
