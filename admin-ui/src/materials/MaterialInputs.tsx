import {
  AutocompleteArrayInput,
  AutocompleteInput,
  DateInput,
  maxValue,
  minValue,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { formatChoices, languageChoices } from '../common/choices';
import { Section, Wide } from '../common/Section';
import { FIRST_YEAR, LAST_YEAR } from '../../../contracts/codes';
import { MATERIAL_COUNT_FIELDS } from '../../../contracts/materials';
import { NameAutocompleteInput } from '../common/NameAutocompleteInput';
import { MediaPlanItemInput } from '../media-plan-items/MediaPlanItemInput';
import { useNameSource } from '../common/useNameSource';

const FIRST_DAY = `${FIRST_YEAR}-01-01`;
const LAST_DAY = `${LAST_YEAR}-12-31`;
const publishedOnRules = [required(), minValue(FIRST_DAY), maxValue(LAST_DAY)];

const OutletInput = () => {
  const { setValue } = useFormContext();
  return (
    <ReferenceInput source="outletId" reference="outlets" filter={{ active: true }}>
      <AutocompleteInput validate={required()} onChange={() => setValue('rubricId', null, { shouldDirty: true })} />
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
      <OutletInput />
      <RubricInput />
      <ReferenceInput source="regionId" reference="regions" perPage={50}>
        <NameAutocompleteInput />
      </ReferenceInput>
      <DateInput source="publishedOn" validate={publishedOnRules} slotProps={{ htmlInput: { min: FIRST_DAY, max: LAST_DAY } }} />
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
        <NumberInput key={source} source={source} min={0} />
      ))}
      <Wide>
        <TextInput source="notes" multiline />
      </Wide>
    </Section>
  </>
);
