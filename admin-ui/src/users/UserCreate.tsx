import { Create, SimpleForm } from 'react-admin';
import { UserInputs, userPayload } from './UserInputs';

export const UserCreate = () => (
  <Create redirect="show" transform={userPayload}>
    <SimpleForm defaultValues={{ locale: 'ru', active: true }}>
      <UserInputs passwordRequired />
    </SimpleForm>
  </Create>
);
