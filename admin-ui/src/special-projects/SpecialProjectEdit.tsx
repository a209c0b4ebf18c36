import { Edit, SimpleForm } from 'react-admin';
import { useConflictAwareOnError } from '../common/useConflictAwareOnError';
import { SpecialProjectInputs } from './SpecialProjectInputs';

export const SpecialProjectEdit = () => (
  <Edit mutationMode="pessimistic" mutationOptions={{ onError: useConflictAwareOnError() }}>
    <SimpleForm>
      <SpecialProjectInputs />
    </SimpleForm>
  </Edit>
);
