import { Edit, SimpleForm } from 'react-admin';
import { useConflictAwareOnError } from '../common/useConflictAwareOnError';
import { TargetAudienceInputs } from './TargetAudienceInputs';

export const TargetAudienceEdit = () => (
  <Edit mutationMode="pessimistic" mutationOptions={{ onError: useConflictAwareOnError() }}>
    <SimpleForm>
      <TargetAudienceInputs />
    </SimpleForm>
  </Edit>
);
