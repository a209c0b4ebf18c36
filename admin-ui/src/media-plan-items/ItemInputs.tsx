import { Box } from '@mui/material';
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  useTranslate,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { channelChoices, formatChoices } from '../common/choices';
import { NameAutocompleteInput } from '../common/NameAutocompleteInput';
import { useNameSource } from '../common/useNameSource';
import { monthsOfQuarter, QUARTERS, quarterOfMonth } from './itemRules';

const ChannelInput = () => {
  const { setValue } = useFormContext();
  const reset = () => {
    setValue('outletId', null, { shouldDirty: true });
    setValue('rubricId', null, { shouldDirty: true });
  };
  return <SelectInput source="channel" choices={channelChoices} onChange={reset} helperText={false} />;
};

const OutletInput = () => {
  const { setValue } = useFormContext();
  const channel = useWatch({ name: 'channel' }) as string | undefined;
  return (
    <ReferenceInput source="outletId" reference="outlets" filter={channel ? { kind: channel, active: true } : { active: true }}>
      <AutocompleteInput onChange={() => setValue('rubricId', null, { shouldDirty: true })} helperText={false} />
    </ReferenceInput>
  );
};

const RubricInput = () => {
  const outletId = useWatch({ name: 'outletId' }) as number | null | undefined;
  return (
    <ReferenceInput source="rubricId" reference="rubrics" filter={outletId ? { outletId } : {}} enableGetChoices={() => Boolean(outletId)}>
      <AutocompleteInput disabled={!outletId} helperText={false} />
    </ReferenceInput>
  );
};

const PeriodInputs = () => {
  const translate = useTranslate();
  const { setValue, getValues } = useFormContext();
  const quarter = useWatch({ name: 'plannedQuarter' }) as number | null | undefined;
  const onQuarter = () => {
    const month = getValues('plannedMonth') as number | null;
    const chosen = getValues('plannedQuarter') as number | null;
    if (month && chosen && quarterOfMonth(month) !== chosen) setValue('plannedMonth', null, { shouldDirty: true });
  };
  const onMonth = () => {
    const month = getValues('plannedMonth') as number | null;
    if (month) setValue('plannedQuarter', quarterOfMonth(month), { shouldDirty: true });
  };
  const quarterChoices = QUARTERS.map((n) => ({ id: n, name: translate('app.plans.quarter_n', { n }) }));
  const monthChoices = monthsOfQuarter(quarter).map((m) => ({ id: m, name: `app.plans.months.${m}` }));
  return (
    <>
      <SelectInput
        source="plannedQuarter"
        choices={quarterChoices}
        translateChoice={false}
        onChange={onQuarter}
        emptyText="app.plans.items.any_quarter"
        helperText={false}
      />
      <SelectInput
        source="plannedMonth"
        choices={monthChoices}
        onChange={onMonth}
        emptyText="app.plans.items.any_month"
        helperText={false}
      />
    </>
  );
};

export const ItemInputs = () => (
  <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' }, columnGap: 2 }}>
    <TextInput source="topic" sx={{ gridColumn: { md: 'span 3' } }} helperText={false} />
    <SelectInput source="format" choices={formatChoices} helperText={false} />
    <ChannelInput />
    <NumberInput source="plannedCount" min={1} step={1} helperText={false} />
    <OutletInput />
    <RubricInput />
    <TextInput source="responsible" helperText={false} />
    <PeriodInputs />
    <ReferenceInput source="directionId" reference="directions">
      <NameAutocompleteInput helperText={false} />
    </ReferenceInput>
    <ReferenceInput source="specialProjectId" reference="special-projects">
      <NameAutocompleteInput helperText={false} />
    </ReferenceInput>
    <ReferenceArrayInput source="targetAudienceIds" reference="target-audiences">
      <AutocompleteArrayInput optionText={useNameSource()} helperText={false} />
    </ReferenceArrayInput>
    <TextInput source="notes" multiline sx={{ gridColumn: { md: 'span 2' } }} helperText={false} />
  </Box>
);
