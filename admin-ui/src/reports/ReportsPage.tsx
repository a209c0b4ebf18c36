import { useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Button, Card, CardContent, CardHeader, Stack, Typography } from '@mui/material';
import { Title, useDataProvider, useLocale, useNotify, useTranslate } from 'react-admin';
import { FilterSelect } from '../analytics/FilterSelect';
import { useAnalyticsFilters } from '../analytics/useAnalyticsFilters';
import { useReferenceNames } from '../analytics/useReferenceNames';
import { YearFilter } from '../analytics/YearFilter';
import type { OutreachDataProvider } from '../providers/dataProvider';
import { NoteButton } from './NoteButton';
import type { Locale } from '../../../contracts/codes';
import { REPORT_FORMATS, ReportFormat } from '../../../contracts/reports';

const LANGUAGES: Locale[] = ['ru', 'kk', 'en'];
const previousQuarter = () => Math.max(1, Math.floor(new Date().getMonth() / 3));

/** Picks a quarter, region, format and language and downloads the ministry's quarterly report. */
export const ReportsPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<OutreachDataProvider>();
  const locale = useLocale();
  const view = useAnalyticsFilters();
  const regions = useReferenceNames('regions');
  // The quarter and the region are the analytics filters of the URL, which the dashboard and the note share.
  const quarter = view.filters.quarter || previousQuarter();
  const regionId = view.ownRegionId ?? view.filters.regionId;
  const [format, setFormat] = useState<ReportFormat>('xlsx');
  const [lang, setLang] = useState<Locale>(LANGUAGES.find((known) => known === locale) ?? 'ru');
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    try {
      await dataProvider.downloadReport({ year: view.year, quarter, regionId, format, lang });
    } catch {
      notify('app.reports.error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('app.reports.title')} />
      <CardHeader title={translate('app.reports.title')} subheader={translate('app.reports.subtitle')} />
      <CardContent>
        <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', mb: 2 }}>
          <YearFilter view={view} />
          <FilterSelect
            name="reportQuarter"
            label={translate('app.dashboard.quarter')}
            value={quarter}
            allowAll={false}
            options={[1, 2, 3, 4].map((n) => ({ value: n, label: translate('app.dashboard.quarter_n', { n }) }))}
            onChange={(value) => view.setFilter('quarter', Number(value))}
          />
          {view.ownRegionId === null ? (
            <FilterSelect
              name="reportRegion"
              label={translate('resources.materials.fields.regionId')}
              value={regionId}
              options={regions.records.map((region) => ({ value: region.id, label: regions.nameOf(region.id) }))}
              onChange={(value) => view.setFilter('regionId', value === '' ? undefined : Number(value))}
            />
          ) : (
            <Typography sx={{ alignSelf: 'center' }}>{regions.nameOf(view.ownRegionId)}</Typography>
          )}
          <FilterSelect
            name="format"
            label={translate('app.reports.format')}
            value={format}
            allowAll={false}
            options={REPORT_FORMATS.map((value) => ({ value, label: translate(`app.reportFormat.${value}`) }))}
            onChange={(value) => setFormat(value as ReportFormat)}
          />
          <FilterSelect
            name="lang"
            label={translate('app.reports.language')}
            value={lang}
            allowAll={false}
            options={LANGUAGES.map((value) => ({ value, label: translate(`app.locale.${value}`) }))}
            onChange={(value) => setLang(value as Locale)}
          />
        </Stack>
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('app.reports.contents')}
        </Alert>
        <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Button variant="contained" startIcon={<DownloadIcon />} onClick={download} disabled={busy} data-testid="report-download">
            {translate(busy ? 'app.reports.preparing' : 'app.reports.download')}
          </Button>
          <NoteButton request={{ year: view.year, quarter, regionId, lang }} />
        </Stack>
      </CardContent>
    </Card>
  );
};
