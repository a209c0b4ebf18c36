import { Edit, SimpleForm } from 'react-admin';
import { useConflictAwareOnError } from '../common/useConflictAwareOnError';
import { RegionInputs } from './RegionInputs';

export const RegionEdit = () => (
  <Edit mutationMode="pessimistic" mutationOptions={{ onError: useConflictAwareOnError() }}>
    <SimpleForm>
      <RegionInputs />
    </SimpleForm>
  </Edit>
);
