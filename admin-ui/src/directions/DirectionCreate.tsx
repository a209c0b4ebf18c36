import { Create, SimpleForm } from 'react-admin';
import { DirectionInputs } from './DirectionInputs';

export const DirectionCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <DirectionInputs />
    </SimpleForm>
  </Create>
);
