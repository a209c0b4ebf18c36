import { Edit, SimpleForm } from 'react-admin';
import { useConflictAwareOnError } from '../common/useConflictAwareOnError';
import { DirectionInputs } from './DirectionInputs';

export const DirectionEdit = () => (
  <Edit mutationMode="pessimistic" mutationOptions={{ onError: useConflictAwareOnError() }}>
    <SimpleForm>
      <DirectionInputs />
    </SimpleForm>
  </Edit>
);
