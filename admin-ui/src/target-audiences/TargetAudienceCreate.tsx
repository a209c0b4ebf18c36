import { Create, SimpleForm } from 'react-admin';
import { TargetAudienceInputs } from './TargetAudienceInputs';

export const TargetAudienceCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <TargetAudienceInputs />
    </SimpleForm>
  </Create>
);
