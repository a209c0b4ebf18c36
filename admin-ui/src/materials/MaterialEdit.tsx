import { Edit, SimpleForm } from 'react-admin';
import { useConflictAwareOnError } from '../common/useConflictAwareOnError';
import { MaterialInputs } from './MaterialInputs';
import { OutletCodeFields } from './OutletCodeFields';

export const MaterialEdit = () => (
  <Edit mutationMode="pessimistic" mutationOptions={{ onError: useConflictAwareOnError() }}>
    <SimpleForm warnWhenUnsavedChanges noValidate>
      <OutletCodeFields />
      <MaterialInputs />
    </SimpleForm>
  </Edit>
);
