import { Edit, NumberInput, required, SimpleForm, TextInput } from 'react-admin';
import { useConflictAwareOnError } from '../common/useConflictAwareOnError';

export const MediaPlanEdit = () => (
  <Edit mutationMode="pessimistic" mutationOptions={{ onError: useConflictAwareOnError() }} redirect="show">
    <SimpleForm warnWhenUnsavedChanges>
      <NumberInput source="year" disabled />
      <TextInput source="title" validate={required()} fullWidth />
    </SimpleForm>
  </Edit>
);
