import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';

export interface FilterOption {
  value: string | number;
  label: string;
}

interface FilterSelectProps {
  name: string;
  label: string;
  value: string | number | undefined;
  options: FilterOption[];
  onChange: (value: string) => void;
  /** Offers "all" as the empty choice. */
  allowAll?: boolean;
}

export const FilterSelect = ({ name, label, value, options, onChange, allowAll = true }: FilterSelectProps) => {
  const translate = useTranslate();
  return (
    <TextField
      select
      size="small"
      fullWidth={false}
      label={label}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value)}
      sx={{ minWidth: 160, maxWidth: 260 }}
      slotProps={{ htmlInput: { 'data-testid': `filter-${name}`, name }, inputLabel: { shrink: true }, select: { displayEmpty: allowAll } }}
    >
      {allowAll && <MenuItem value="">{translate('app.analytics.filters.all')}</MenuItem>}
      {options.map((option) => (
        <MenuItem key={option.value} value={option.value}>
          {option.label}
        </MenuItem>
      ))}
    </TextField>
  );
};
