import { Edit, SimpleForm } from 'react-admin';
import { useConflictAwareOnError } from '../common/useConflictAwareOnError';
import { OutletInputs } from './OutletInputs';

export const OutletEdit = () => (
  <Edit mutationMode="pessimistic" mutationOptions={{ onError: useConflictAwareOnError() }}>
    <SimpleForm>
      <OutletInputs />
    </SimpleForm>
  </Edit>
);
