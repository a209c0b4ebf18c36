import {
  AutocompleteArrayInput,
  AutocompleteInput,
  minValue,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
  usePermissions,
  Validator,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { formatChoices, languageChoices } from '../common/choices';
import { Section, Wide } from '../common/Section';
import { FIRST_YEAR } from '../../../contracts/codes';
import { latestPublicationDay, MATERIAL_COUNT_FIELDS } from '../../../contracts/materials';
import { NameAutocompleteInput } from '../common/NameAutocompleteInput';
import { MediaPlanItemInput } from '../media-plan-items/MediaPlanItemInput';
import { useNameSource } from '../common/useNameSource';
import { OutletOption, outletInputText } from '../outlets/OutletOption';
import { useChosenOutlet } from '../outlets/useChosenOutlet';
import { LocaleDateInput } from '../common/LocaleDateInput';

/** A material records a publication that happened: the server refuses a later day too. */
const publishedByToday: Validator = (value: unknown) =>
  typeof value === 'string' && value > latestPublicationDay() ? 'app.material_form.published_after_today' : undefined;

const publishedSinceFirstYear: Validator = (value: unknown) =>
  typeof value === 'string' && value < `${FIRST_YEAR}-01-01`
    ? { message: 'app.date.not_before_year', args: { year: FIRST_YEAR } }
    : undefined;

const publishedOnRules = [required(), publishedSinceFirstYear, publishedByToday];
const countRules = minValue(0);

/** An RPO editor logs their own region's materials only: the region is theirs, shown and not chosen. */
const RegionInput = () => {
  const { permissions } = usePermissions<string>();
  const { setValue } = useFormContext();
  const outlet = useChosenOutlet();
  // Another region's outlet cannot be the material's: the choice of outlet starts over.
  const onChange = (regionId: number | null) => {
    if (outlet?.regionId != null && outlet.regionId !== regionId) {
      setValue('outletId', null, { shouldDirty: true });
      setValue('rubricId', null, { shouldDirty: true });
    }
  };
  return (
    <ReferenceInput source="regionId" reference="regions" perPage={50}>
      <NameAutocompleteInput readOnly={permissions === 'rpo_editor'} onChange={onChange} />
    </ReferenceInput>
  );
};

/** Only the outlets the material may name: its region's and the republican ones, each with its channel, level and region. */
const OutletInput = () => {
  const { setValue } = useFormContext();
  const regionId = useWatch<{ regionId?: number | null }, 'regionId'>({ name: 'regionId' });
  const filter = regionId ? { active: true, usableInRegion: regionId } : { active: true, level: 'republican' };
  return (
    <ReferenceInput source="outletId" reference="outlets" filter={filter}>
      <AutocompleteInput
        validate={required()}
        optionText={<OutletOption />}
        inputText={outletInputText}
        helperText={regionId ? undefined : 'app.material_form.outlet_region_first'}
        onChange={() => setValue('rubricId', null, { shouldDirty: true })}
      />
    </ReferenceInput>
  );
};

const RubricInput = () => {
  const outletId = useWatch<{ outletId?: number | null }, 'outletId'>({ name: 'outletId' });
  return (
    <ReferenceInput source="rubricId" reference="rubrics" filter={outletId ? { outletId } : {}} enableGetChoices={() => Boolean(outletId)}>
      <AutocompleteInput disabled={!outletId} />
    </ReferenceInput>
  );
};

export const MaterialInputs = () => (
  <>
    <Section title="app.material_form.publication" columns={2}>
      <Wide>
        <TextInput source="title" validate={required()} />
      </Wide>
      <RegionInput />
      <LocaleDateInput source="publishedOn" validate={publishedOnRules} />
      <OutletInput />
      <RubricInput />
      <SelectInput source="language" choices={languageChoices} validate={required()} />
      <SelectInput source="format" choices={formatChoices} validate={required()} />
      <Wide>
        <TextInput source="url" />
      </Wide>
    </Section>
    <Section title="app.material_form.topic" columns={2}>
      <ReferenceInput source="directionId" reference="directions">
        <NameAutocompleteInput />
      </ReferenceInput>
      <ReferenceInput source="specialProjectId" reference="special-projects">
        <NameAutocompleteInput />
      </ReferenceInput>
      <Wide>
        <ReferenceArrayInput source="targetAudienceIds" reference="target-audiences">
          <AutocompleteArrayInput optionText={useNameSource()} />
        </ReferenceArrayInput>
      </Wide>
      <Wide>
        <MediaPlanItemInput />
      </Wide>
    </Section>
    <Section title="app.material_form.figures" columns={5}>
      {MATERIAL_COUNT_FIELDS.map((source) => (
        <NumberInput key={source} source={source} validate={countRules} />
      ))}
      <Wide>
        <TextInput source="notes" multiline />
      </Wide>
    </Section>
  </>
);
