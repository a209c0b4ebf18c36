import { ComponentType } from 'react';
import { Create, Edit, ResourceProps, SimpleForm } from 'react-admin';
import { useConflictAwareOnError } from './useConflictAwareOnError';

/**
 * The create and edit pages of a record whose form is its inputs alone: a created record is shown, an edit that
 * someone else saved first says so, and leaving either with unsaved changes asks first.
 */
export const formPages = (Inputs: ComponentType) => {
  const CreatePage = () => (
    <Create redirect="show">
      <SimpleForm warnWhenUnsavedChanges>
        <Inputs />
      </SimpleForm>
    </Create>
  );
  const EditPage = () => (
    <Edit mutationMode="pessimistic" mutationOptions={{ onError: useConflictAwareOnError() }}>
      <SimpleForm warnWhenUnsavedChanges>
        <Inputs />
      </SimpleForm>
    </Edit>
  );
  return { create: CreatePage, edit: EditPage };
};

interface EditableResource extends Pick<ResourceProps, 'list' | 'show' | 'icon' | 'recordRepresentation'> {
  inputs: ComponentType;
}

/** A resource's views, its create and edit pages made from its inputs. */
export const editableResource = ({ inputs, ...views }: EditableResource) => ({ ...views, ...formPages(inputs) });
