import FilterListIcon from '@mui/icons-material/FilterList';
import { Badge, Button, Drawer, Stack, Typography } from '@mui/material';
import { memo, useState } from 'react';
import { useTranslate } from 'react-admin';
import { CHANNELS, MEDIA_LEVELS } from '../../../contracts/codes';
import { usePhone } from '../common/usePhone';
import { useDateFormat } from '../common/useDateFormat';
import { FilterOption, FilterSelect } from './FilterSelect';
import { FilterKey } from './filters';
import { PeriodFilters } from './PeriodFilters';
import { AnalyticsView } from './useAnalyticsFilters';
import { useReferenceNames } from './useReferenceNames';

interface AnalyticsFilterBarProps {
  view: AnalyticsView;
  quartersOnly?: boolean;
}

/** Memoised: a page's figures answering one by one render the page again, not its filters (the view is kept while it holds). */
export const AnalyticsFilterBar = memo(({ view, quartersOnly = false }: AnalyticsFilterBarProps) => {
  const translate = useTranslate();
  const dates = useDateFormat();
  const regions = useReferenceNames('regions');
  const directions = useReferenceNames('directions');
  const projects = useReferenceNames('special-projects');
  const audiences = useReferenceNames('target-audiences');
  const { filters, setFilter, period } = view;
  const optionsOf = (names: typeof regions) => names.records.map((record) => ({ value: record.id, label: names.nameOf(record.id) }));
  const phone = usePhone();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const selects: { name: FilterKey; label: string; options: FilterOption[] }[] = [
    { name: 'regionId', label: translate('resources.materials.fields.regionId'), options: optionsOf(regions) },
    {
      name: 'channel',
      label: translate('resources.materials.fields.channel'),
      options: CHANNELS.map((channel) => ({ value: channel, label: translate(`app.channel.${channel}`) })),
    },
    {
      name: 'mediaLevel',
      label: translate('resources.materials.fields.mediaLevel'),
      options: MEDIA_LEVELS.map((level) => ({ value: level, label: translate(`app.level.${level}`) })),
    },
    { name: 'directionId', label: translate('resources.materials.fields.directionId'), options: optionsOf(directions) },
    { name: 'specialProjectId', label: translate('resources.materials.fields.specialProjectId'), options: optionsOf(projects) },
    { name: 'targetAudienceId', label: translate('app.analytics.filters.audience'), options: optionsOf(audiences) },
  ];
  const chosen = selects.filter(({ name }) => filters[name] !== undefined).length;

  const otherFilters = (
    <>
      {/* A regional editor sees their own region only: no region to choose. */}
      {selects
        .filter(({ name }) => name !== 'regionId' || view.ownRegionId === null)
        .map(({ name, label, options }) => (
          <FilterSelect
            key={name}
            name={name}
            label={label}
            value={filters[name]}
            options={options}
            onChange={(value) => setFilter(name, value)}
          />
        ))}
      <Button size="small" onClick={view.reset} data-testid="filters-reset">
        {translate('app.analytics.filters.reset')}
      </Button>
    </>
  );

  return (
    <Stack spacing={1} sx={{ mb: 2 }} data-testid="analytics-filters">
      <Stack direction="row" useFlexGap spacing={1.5} sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <PeriodFilters view={view} quartersOnly={quartersOnly} />
        {phone ? (
          <Button startIcon={<FilterListIcon />} onClick={() => setDrawerOpen(true)} data-testid="filters-open">
            <Badge badgeContent={chosen} color="primary" sx={{ '& .MuiBadge-badge': { right: -12 } }}>
              {translate('app.analytics.filters.more')}
            </Badge>
          </Button>
        ) : (
          otherFilters
        )}
      </Stack>
      {phone && (
        // On a phone the filters beyond the period wait in a drawer, so that the figures come first.
        <Drawer anchor="bottom" open={drawerOpen} onClose={() => setDrawerOpen(false)}>
          <Stack spacing={2} sx={{ p: 2, '& .MuiTextField-root': { maxWidth: 'none' } }} data-testid="filters-drawer">
            {otherFilters}
            <Button variant="contained" onClick={() => setDrawerOpen(false)}>
              {translate('ra.action.close')}
            </Button>
          </Stack>
        </Drawer>
      )}
      <Typography variant="body2" color="text.secondary" data-testid="analytics-period">
        {translate('app.dashboard.period', { from: dates.date(period.from), to: dates.date(period.to) })}
      </Typography>
    </Stack>
  );
});
