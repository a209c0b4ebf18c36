import { Alert, Box, Card, CardContent, CardHeader, LinearProgress, Stack, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { AnalyticsFilterBar } from './AnalyticsFilterBar';
import { MonthLevel } from './completenessData';
import { CompletenessTable, MONTH_COLORS } from './CompletenessTable';
import { materialFilter } from './filters';
import { useAnalyticsFilters } from './useAnalyticsFilters';
import { TableScroll } from '../common/TableScroll';
import { useNumberFormat } from '../common/useNumberFormat';
import { useDataQuery } from '../providers/useDataQuery';
import { useReferenceNames } from './useReferenceNames';

const LEVELS: MonthLevel[] = ['empty', 'low', 'high'];

/** Regions × months: whether each office logs steadily, which months are empty, how much is logged late. */
export const CompletenessPage = () => {
  const translate = useTranslate();
  const { count } = useNumberFormat();
  const view = useAnalyticsFilters();
  const regions = useReferenceNames('regions');
  const { period, filters, ready } = view;
  const filter = materialFilter(filters, { withRegion: false });
  const query = { ...period, regionId: filters.regionId, filter };
  const data = useDataQuery(ready ? ['rollups', 'completeness', query] : null, (dataProvider) => dataProvider.completeness(query));
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('app.analytics.completeness.title')} />
      <CardHeader title={translate('app.analytics.completeness.title')} subheader={translate('app.analytics.completeness.subtitle')} />
      <CardContent>
        <AnalyticsFilterBar view={view} />
        {data.error && <Alert severity="error">{translate('app.dashboard.error')}</Alert>}
        {data.isPending && !data.error && <LinearProgress />}
        {data.data && (
          <>
            <Typography sx={{ mb: 1 }} data-testid="completeness-late">
              {translate('app.analytics.completeness.late_total', { count: count(data.data.lateEntries), days: data.data.lateAfterDays })}
            </Typography>
            <TableScroll label={translate('app.analytics.completeness.title')}>
              <CompletenessTable data={data.data} regionName={regions.nameOf} filter={filter} period={period} />
            </TableScroll>
            <Stack direction="row" spacing={2} sx={{ mt: 2 }}>
              {LEVELS.map((level) => (
                <Stack key={level} direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
                  <Box sx={{ width: 16, height: 16, backgroundColor: MONTH_COLORS[level], border: '1px solid #ccc' }} />
                  <Typography variant="caption">{translate(`app.analytics.completeness.levels.${level}`)}</Typography>
                </Stack>
              ))}
            </Stack>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {translate('app.evidence.completeness.hint')}
            </Typography>
          </>
        )}
      </CardContent>
    </Card>
  );
};
