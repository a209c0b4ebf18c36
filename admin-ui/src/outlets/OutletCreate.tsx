import { Create, SimpleForm } from 'react-admin';
import { OutletInputs } from './OutletInputs';

export const OutletCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <OutletInputs />
    </SimpleForm>
  </Create>
);
