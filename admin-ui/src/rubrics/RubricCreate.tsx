import { Create, SimpleForm } from 'react-admin';
import { RubricInputs } from './RubricInputs';

export const RubricCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <RubricInputs />
    </SimpleForm>
  </Create>
);
