import { TextInput } from 'react-admin';
import { NameInputs } from '../common/NameInputs';

export const TargetAudienceInputs = () => (
  <>
    <NameInputs />
    <TextInput source="methodsKk" multiline fullWidth />
    <TextInput source="methodsRu" multiline fullWidth />
  </>
);
