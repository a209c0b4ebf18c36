import { Box, MenuItem, TextField } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { planStatusChoices } from '../common/choices';
import { useNameSource } from '../common/useNameSource';
import type { Region } from '../../../contracts/reference';
import { OverviewFilter } from './overviewData';

interface OverviewFiltersProps {
  year: number;
  years: number[];
  filter: OverviewFilter;
  onYear: (year: number) => void;
  onFilter: (filter: OverviewFilter) => void;
}

export const OverviewFilters = ({ year, years, filter, onYear, onFilter }: OverviewFiltersProps) => {
  const translate = useTranslate();
  const nameSource = useNameSource();
  const { data: regions = [] } = useGetList<Region>('regions', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: nameSource, order: 'ASC' },
  });
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 2 }}>
      <TextField
        select
        fullWidth={false}
        size="small"
        label={translate('resources.media-plans.fields.year')}
        value={year}
        onChange={(event) => onYear(Number(event.target.value))}
        slotProps={{ htmlInput: { 'data-testid': 'overview-year' } }}
        sx={{ minWidth: 120 }}
      >
        {years.map((option) => (
          <MenuItem key={option} value={option}>
            {option}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        fullWidth={false}
        size="small"
        label={translate('resources.media-plans.fields.status')}
        value={filter.status}
        onChange={(event) => onFilter({ ...filter, status: event.target.value as OverviewFilter['status'] })}
        sx={{ minWidth: 200 }}
      >
        <MenuItem value="">{translate('app.plans.overview.all')}</MenuItem>
        {planStatusChoices.map((choice) => (
          <MenuItem key={choice.id} value={choice.id}>
            {translate(choice.name)}
          </MenuItem>
        ))}
        <MenuItem value="none">{translate('app.plans.no_plan')}</MenuItem>
      </TextField>
      <TextField
        select
        fullWidth={false}
        size="small"
        label={translate('resources.media-plans.fields.regionId')}
        value={filter.region}
        onChange={(event) => {
          const value = event.target.value as string | number;
          onFilter({ ...filter, region: value === '' || value === 'republican' ? value : Number(value) });
        }}
        sx={{ minWidth: 260 }}
      >
        <MenuItem value="">{translate('app.plans.overview.all')}</MenuItem>
        <MenuItem value="republican">{translate('app.plans.republican')}</MenuItem>
        {regions.map((region) => (
          <MenuItem key={region.id} value={region.id}>
            {region[nameSource]}
          </MenuItem>
        ))}
      </TextField>
    </Box>
  );
};
