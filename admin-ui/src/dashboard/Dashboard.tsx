import { lazy, Suspense, useEffect, useState } from 'react';
import { Alert, Card, CardContent, CardHeader, LinearProgress, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useLogoutIfAccessDenied, useTranslate } from 'react-admin';
import { fetchApi } from '../httpClient';
import { NationalTable } from './NationalTable';
import { latestYear, periodOf } from './period';
import { NationalRollup, Quarter, YearCount } from './types';

const NationalChart = lazy(() => import('./NationalChart').then((module) => ({ default: module.NationalChart })));

const quarters: Quarter[] = [0, 1, 2, 3, 4];

export const Dashboard = () => {
  const translate = useTranslate();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const [chosenYear, setChosenYear] = useState<number>();
  const [quarter, setQuarter] = useState<Quarter>(0);

  const years = useQuery({
    queryKey: ['rollups', 'year'],
    queryFn: () => fetchApi<YearCount[]>('/rollups?groupBy=year'),
  });
  const year = chosenYear ?? latestYear(years.data, new Date().getFullYear());
  const period = periodOf(year, quarter);
  const national = useQuery({
    queryKey: ['rollups', 'national', period.from, period.to],
    queryFn: () => fetchApi<NationalRollup>(`/rollups/national?from=${period.from}&to=${period.to}`),
    enabled: !years.isPending,
  });

  const error = years.error ?? national.error;
  useEffect(() => {
    if (error) logoutIfAccessDenied(error);
  }, [error, logoutIfAccessDenied]);

  const yearOptions = [...new Set([year, ...(years.data ?? []).map((row) => row.year)])].sort((a, b) => b - a);

  return (
    <Card sx={{ mt: 2 }}>
      <CardHeader title={translate('app.dashboard.title')} />
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ mb: 2 }}>
          <TextField
            select
            size="small"
            label={translate('app.dashboard.year')}
            value={year}
            onChange={(event) => setChosenYear(Number(event.target.value))}
            slotProps={{ htmlInput: { 'data-testid': 'dashboard-year' } }}
          >
            {yearOptions.map((option) => (
              <MenuItem key={option} value={option}>
                {option}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            size="small"
            label={translate('app.dashboard.quarter')}
            value={quarter}
            onChange={(event) => setQuarter(Number(event.target.value) as Quarter)}
          >
            {quarters.map((option) => (
              <MenuItem key={option} value={option}>
                {option === 0 ? translate('app.dashboard.whole_year') : translate('app.dashboard.quarter_n', { n: option })}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('app.dashboard.period', period)}
        </Typography>
        {error && <Alert severity="error">{translate('app.dashboard.error')}</Alert>}
        {national.isPending && !error && <LinearProgress />}
        {national.data && (
          <>
            <NationalTable rollup={national.data} />
            <Typography variant="h6" sx={{ mt: 3, mb: 1 }}>
              {translate('app.dashboard.chart')}
            </Typography>
            <Suspense fallback={<LinearProgress />}>
              <NationalChart rollup={national.data} />
            </Suspense>
          </>
        )}
      </CardContent>
    </Card>
  );
};
