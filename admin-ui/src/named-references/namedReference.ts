import { ComponentType, createElement } from 'react';
import { editableResource } from '../common/formPages';
import { LocalizedNameField } from '../common/LocalizedNameField';
import { NamedReferenceList } from './NamedReferenceList';
import { NamedReferenceShow } from './NamedReferenceShow';

interface NamedReferenceViews {
  inputs: ComponentType;
  icon: ComponentType;
  list?: ComponentType;
  show?: ComponentType;
}

/** A region, direction, special project or target audience resource: named in the user's language, listed and shown alike. */
export const namedReference = (views: NamedReferenceViews) =>
  editableResource({
    list: NamedReferenceList,
    show: NamedReferenceShow,
    recordRepresentation: createElement(LocalizedNameField),
    ...views,
  });
