import { Chip, Stack } from '@mui/material';
import { Identifier, useGetMany, useGetRecordRepresentation, useListContext, useTranslate } from 'react-admin';
import { ReferenceResource, useReferenceNames } from '../analytics/useReferenceNames';
import { channelChoices, formatChoices, languageChoices, levelChoices } from '../common/choices';
import { useDateFormat } from '../common/useDateFormat';

const NAMED: Record<string, ReferenceResource> = {
  regionId: 'regions',
  directionId: 'directions',
  specialProjectId: 'special-projects',
  targetAudienceIds: 'target-audiences',
};
const FETCHED: Record<string, string> = { outletId: 'outlets', mediaPlanItemId: 'media-plan-items' };
const CODES: Record<string, { id: string; name: string }[]> = {
  channel: channelChoices,
  mediaLevel: levelChoices,
  language: languageChoices,
  format: formatChoices,
};
const DATES = new Set(['publishedFrom', 'publishedTo']);
const YES_NO: Record<string, { yes: string; no: string }> = { hasEvidence: { yes: 'app.evidence.with', no: 'app.evidence.without' } };

const valuesOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

/** One active filter's values as the UI names them: codes by their label, records by their name, dates as written. */
const useValueLabel = (source: string, value: unknown): string => {
  const translate = useTranslate();
  const dates = useDateFormat();
  const names = useReferenceNames(NAMED[source] ?? 'regions');
  const fetched = FETCHED[source];
  const ids = fetched ? (valuesOf(value).filter((id) => id !== null) as Identifier[]) : [];
  const records = useGetMany(fetched ?? 'outlets', { ids }, { enabled: ids.length > 0 });
  const representation = useGetRecordRepresentation(fetched);
  const label = (one: unknown): string => {
    if (one === null) return '—';
    const yesNo = YES_NO[source];
    if (yesNo) return translate(one === true || one === 'true' ? yesNo.yes : yesNo.no);
    const code = CODES[source]?.find((choice) => choice.id === one);
    if (code) return translate(code.name);
    if (NAMED[source]) return names.nameOf(Number(one));
    if (fetched) return String(representation(records.data?.find((record) => record.id === one)) || `#${String(one)}`);
    if (DATES.has(source) && typeof one === 'string') return dates.date(one);
    return String(one);
  };
  return valuesOf(value).map(label).join(', ');
};

const FilterChip = ({ source, value, onDelete }: { source: string; value: unknown; onDelete: () => void }) => {
  const translate = useTranslate();
  const field = source === 'q' ? translate('ra.action.search') : translate(`resources.materials.fields.${source}`);
  const label = `${field}: ${useValueLabel(source, value)}`;
  return <Chip label={label} onDelete={onDelete} data-testid={`filter-chip-${source}`} />;
};

/** Every filter the list is under, named in the UI language, each with a way to drop it: what a drill-down opened. */
export const FilterChips = () => {
  const translate = useTranslate();
  const { filterValues, displayedFilters, setFilters } = useListContext();
  const active = Object.entries(filterValues as Record<string, unknown>).filter(([, value]) => value !== undefined && value !== '');
  if (active.length === 0) return null;
  const without = <T,>(record: Record<string, T>, source: string) =>
    Object.fromEntries(Object.entries(record).filter(([key]) => key !== source));
  const remove = (source: string) =>
    setFilters(
      without(filterValues as Record<string, unknown>, source),
      without(displayedFilters as Record<string, boolean>, source),
      false,
    );
  return (
    <Stack
      component="ul"
      direction="row"
      aria-label={translate('app.list.activeFilters')}
      data-testid="filter-chips"
      sx={{ flexWrap: 'wrap', gap: 1, listStyle: 'none', m: 0, px: 2, py: 1 }}
    >
      {active.map(([source, value]) => (
        <li key={source}>
          <FilterChip source={source} value={value} onDelete={() => remove(source)} />
        </li>
      ))}
    </Stack>
  );
};
