import { Edit, SimpleForm } from 'react-admin';
import { useConflictAwareOnError } from '../common/useConflictAwareOnError';
import { RubricInputs } from './RubricInputs';

export const RubricEdit = () => (
  <Edit mutationMode="pessimistic" mutationOptions={{ onError: useConflictAwareOnError() }}>
    <SimpleForm>
      <RubricInputs />
    </SimpleForm>
  </Edit>
);
