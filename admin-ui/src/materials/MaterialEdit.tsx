import { Edit, Labeled, SelectField, SimpleForm } from 'react-admin';
import { channelChoices, levelChoices } from '../common/choices';
import { useConflictAwareOnError } from '../common/useConflictAwareOnError';
import { MaterialInputs } from './MaterialInputs';

export const MaterialEdit = () => (
  <Edit mutationMode="pessimistic" mutationOptions={{ onError: useConflictAwareOnError() }}>
    <SimpleForm>
      <Labeled>
        <SelectField source="channel" choices={channelChoices} />
      </Labeled>
      <Labeled>
        <SelectField source="mediaLevel" choices={levelChoices} />
      </Labeled>
      <MaterialInputs />
    </SimpleForm>
  </Edit>
);
