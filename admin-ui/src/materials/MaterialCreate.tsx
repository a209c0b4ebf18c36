import { Create, SimpleForm } from 'react-admin';
import { readSession } from '../session';
import { MaterialInputs } from './MaterialInputs';

const defaultValues = () => ({ regionId: readSession()?.user.regionId ?? null });

export const MaterialCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={defaultValues}>
      <MaterialInputs />
    </SimpleForm>
  </Create>
);
