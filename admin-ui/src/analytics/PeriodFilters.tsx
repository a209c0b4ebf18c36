import { useTranslate } from 'react-admin';
import { FilterSelect } from './FilterSelect';
import { AnalyticsView } from './useAnalyticsFilters';
import { YearFilter } from './YearFilter';

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);
const MONTH_RANGE = 'months';

/** Year and quarter, or a custom range of months within the year. */
export const PeriodFilters = ({ view, quartersOnly = false }: { view: AnalyticsView; quartersOnly?: boolean }) => {
  const translate = useTranslate();
  const { filters, setFilter, setFilters } = view;
  const inMonths = filters.fromMonth !== undefined;
  const monthOptions = MONTHS.map((month) => ({ value: month, label: translate(`app.plans.months.${month}`) }));
  const periodOptions = [
    { value: 0, label: translate('app.dashboard.whole_year') },
    ...[1, 2, 3, 4].map((n) => ({ value: n, label: translate('app.dashboard.quarter_n', { n }) })),
    ...(quartersOnly ? [] : [{ value: MONTH_RANGE, label: translate('app.analytics.filters.months') }]),
  ];
  const changePeriod = (value: string) =>
    value === MONTH_RANGE ? setFilters({ quarter: undefined, fromMonth: 1, toMonth: 12 }) : setFilter('quarter', value);

  return (
    <>
      <YearFilter view={view} />
      <FilterSelect
        name="quarter"
        label={translate('app.dashboard.quarter')}
        value={inMonths && !quartersOnly ? MONTH_RANGE : filters.quarter}
        allowAll={false}
        options={periodOptions}
        onChange={changePeriod}
      />
      {inMonths && !quartersOnly && (
        <>
          <FilterSelect
            name="fromMonth"
            label={translate('app.analytics.filters.from_month')}
            value={filters.fromMonth}
            allowAll={false}
            options={monthOptions.filter((option) => option.value <= (filters.toMonth ?? 12))}
            onChange={(value) => setFilter('fromMonth', value)}
          />
          <FilterSelect
            name="toMonth"
            label={translate('app.analytics.filters.to_month')}
            value={filters.toMonth}
            allowAll={false}
            options={monthOptions.filter((option) => option.value >= (filters.fromMonth ?? 1))}
            onChange={(value) => setFilter('toMonth', value)}
          />
        </>
      )}
    </>
  );
};
