import { Alert, Card, CardContent, CardHeader, LinearProgress } from '@mui/material';
import { useState } from 'react';
import { Title, useGetList, usePermissions, useTranslate } from 'react-admin';
import { BulkActions } from './BulkActions';
import { BulkResults } from './BulkResults';
import { filterOverview, OverviewFilter, planVersions, planYears, selectableIds } from './overviewData';
import { OverviewFilters } from './OverviewFilters';
import { OverviewTable } from './OverviewTable';
import { canDecide } from './planAccess';
import type { BulkResult, MediaPlan } from '../../../contracts/media-plans';
import { useOverview } from './useOverview';

const usePlanYears = () => {
  const { data, isPending } = useGetList<MediaPlan>('media-plans', {
    sort: { field: 'year', order: 'DESC' },
    pagination: { page: 1, perPage: 1000 },
  });
  return { years: planYears((data ?? []).map((plan) => plan.year)), isPending };
};

/** The ministry's view of a year: every region's plan and its progress, with bulk approve and return. */
export const PlanOverview = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<string>();
  const { years, isPending: yearsPending } = usePlanYears();
  const [chosenYear, setChosenYear] = useState<number>();
  const [filter, setFilter] = useState<OverviewFilter>({ status: '', region: '' });
  const [selected, setSelected] = useState<number[]>([]);
  const [results, setResults] = useState<BulkResult[]>([]);
  const year = chosenYear ?? years[0] ?? new Date().getFullYear();
  const { data, isPending, error } = useOverview(yearsPending ? undefined : year);
  const rows = filterOverview(data ?? [], filter);
  const decides = canDecide({ role: permissions });
  const titles = new Map((data ?? []).filter((row) => row.planId).map((row) => [row.planId as number, row.title ?? '']));

  const changeYear = (next: number) => {
    setChosenYear(next);
    setSelected([]);
    setResults([]);
  };

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="app.plans.overview.title" />
      <CardHeader title={translate('app.plans.overview.title')} subheader={translate('app.plans.overview.subtitle')} />
      <CardContent>
        <OverviewFilters year={year} years={planYears(years, year)} filter={filter} onYear={changeYear} onFilter={setFilter} />
        {decides && (
          <BulkActions
            selected={selected}
            versions={planVersions(data ?? [])}
            onDone={(done) => {
              setResults(done);
              setSelected([]);
            }}
          />
        )}
        <BulkResults results={results} titles={titles} />
        {error && <Alert severity="error">{translate('app.plans.overview.error')}</Alert>}
        {(isPending || yearsPending) && !error && <LinearProgress />}
        {data && (
          <OverviewTable
            rows={rows}
            selectable={decides ? selectableIds(rows) : null}
            selected={selected}
            results={new Map(results.map((result) => [result.id, result]))}
            onSelect={setSelected}
          />
        )}
      </CardContent>
    </Card>
  );
};
