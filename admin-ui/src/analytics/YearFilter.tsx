import { useTranslate } from 'react-admin';
import { FilterSelect } from './FilterSelect';
import type { AnalyticsView } from './useAnalyticsFilters';

/** The view's year, picked from the years it knows or from those given. */
export const YearFilter = ({ view, years = view.years }: { view: AnalyticsView; years?: number[] }) => {
  const translate = useTranslate();
  return (
    <FilterSelect
      name="year"
      label={translate('app.dashboard.year')}
      value={view.year}
      allowAll={false}
      options={years.map((year) => ({ value: year, label: String(year) }))}
      onChange={(value) => view.setFilter('year', value)}
    />
  );
};
