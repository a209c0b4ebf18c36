import { Edit, SimpleForm } from 'react-admin';
import { useConflictAwareOnError } from '../common/useConflictAwareOnError';
import { UserInputs, userPayload } from './UserInputs';

export const UserEdit = () => (
  <Edit mutationMode="pessimistic" mutationOptions={{ onError: useConflictAwareOnError() }} transform={userPayload} redirect="show">
    <SimpleForm>
      <UserInputs passwordRequired={false} />
    </SimpleForm>
  </Edit>
);
