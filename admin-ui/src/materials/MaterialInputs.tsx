import {
  AutocompleteArrayInput,
  AutocompleteInput,
  DateInput,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { formatChoices, languageChoices } from '../common/choices';
import { NameAutocompleteInput } from '../common/NameAutocompleteInput';
import { MediaPlanItemInput } from '../media-plan-items/MediaPlanItemInput';
import { useNameSource } from '../common/useNameSource';

const OutletInput = () => {
  const { setValue } = useFormContext();
  return (
    <ReferenceInput source="outletId" reference="outlets" filter={{ active: true }}>
      <AutocompleteInput
        validate={required()}
        fullWidth
        onChange={() => setValue('rubricId', null, { shouldDirty: true })}
      />
    </ReferenceInput>
  );
};

const RubricInput = () => {
  const outletId = useWatch<{ outletId?: number | null }, 'outletId'>({ name: 'outletId' });
  return (
    <ReferenceInput
      source="rubricId"
      reference="rubrics"
      filter={outletId ? { outletId } : {}}
      enableGetChoices={() => Boolean(outletId)}
    >
      <AutocompleteInput disabled={!outletId} fullWidth />
    </ReferenceInput>
  );
};

export const MaterialInputs = () => (
  <>
    <TextInput source="title" validate={required()} fullWidth />
    <OutletInput />
    <RubricInput />
    <ReferenceInput source="regionId" reference="regions" perPage={50}>
      <NameAutocompleteInput fullWidth />
    </ReferenceInput>
    <DateInput source="publishedOn" validate={required()} />
    <TextInput source="url" fullWidth />
    <SelectInput source="language" choices={languageChoices} validate={required()} />
    <SelectInput source="format" choices={formatChoices} validate={required()} />
    <ReferenceInput source="directionId" reference="directions">
      <NameAutocompleteInput fullWidth />
    </ReferenceInput>
    <ReferenceInput source="specialProjectId" reference="special-projects">
      <NameAutocompleteInput fullWidth />
    </ReferenceInput>
    <ReferenceArrayInput source="targetAudienceIds" reference="target-audiences">
      <AutocompleteArrayInput optionText={useNameSource()} fullWidth />
    </ReferenceArrayInput>
    <MediaPlanItemInput />
    <NumberInput source="views" min={0} />
    <NumberInput source="reactions" min={0} />
    <NumberInput source="shares" min={0} />
    <NumberInput source="comments" min={0} />
    <NumberInput source="reach" min={0} />
    <TextInput source="notes" multiline fullWidth />
  </>
);
