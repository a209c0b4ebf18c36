import { required, TextInput } from 'react-admin';

export const NameInputs = () => (
  <>
    <TextInput source="code" validate={required()} />
    <TextInput source="nameKk" validate={required()} fullWidth />
    <TextInput source="nameRu" validate={required()} fullWidth />
    <TextInput source="nameEn" validate={required()} fullWidth />
  </>
);
