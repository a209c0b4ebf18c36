import { Create, SimpleForm, useGetIdentity } from 'react-admin';
import { MaterialInputs } from './MaterialInputs';

export const MaterialCreate = () => {
  const { identity, isPending } = useGetIdentity();
  // The form reads its default values once, when it mounts: it waits for the identity.
  if (isPending) return null;
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ regionId: identity?.regionId ?? null }} warnWhenUnsavedChanges noValidate>
        <MaterialInputs />
      </SimpleForm>
    </Create>
  );
};
