import { Create, SimpleForm } from 'react-admin';
import { SpecialProjectInputs } from './SpecialProjectInputs';

export const SpecialProjectCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <SpecialProjectInputs />
    </SimpleForm>
  </Create>
);
