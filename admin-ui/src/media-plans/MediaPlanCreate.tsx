import { Create, maxValue, minValue, NumberInput, ReferenceInput, required, SimpleForm, TextInput, usePermissions } from 'react-admin';
import { FIRST_YEAR, LAST_YEAR } from '../../../contracts/codes';
import { NameAutocompleteInput } from '../common/NameAutocompleteInput';

const defaultValues = () => ({ year: new Date().getFullYear() + 1 });

// An RPO's plan takes their region and an approver's is the republican one, on the server; only an admin chooses.
const toPayload = (data: Record<string, unknown>) => ({
  year: data.year,
  title: data.title,
  ...(data.regionId ? { regionId: data.regionId } : {}),
});

export const MediaPlanCreate = () => {
  const { permissions } = usePermissions<string>();
  return (
    <Create redirect="show" transform={toPayload}>
      <SimpleForm defaultValues={defaultValues} warnWhenUnsavedChanges>
        <NumberInput source="year" validate={[required(), minValue(FIRST_YEAR), maxValue(LAST_YEAR)]} min={FIRST_YEAR} max={LAST_YEAR} />
        <TextInput source="title" validate={required()} fullWidth />
        {permissions === 'admin' && (
          <ReferenceInput source="regionId" reference="regions" perPage={50}>
            <NameAutocompleteInput helperText="app.plans.region_empty_republican" />
          </ReferenceInput>
        )}
      </SimpleForm>
    </Create>
  );
};
