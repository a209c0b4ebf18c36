import { AutocompleteInput, NumberInput, ReferenceInput, SearchInput, SelectInput, useTranslate } from 'react-admin';
import { NameAutocompleteInput } from '../common/NameAutocompleteInput';
import { auditActionChoices, auditResourceChoices } from './auditChoices';
import { LocaleDateInput } from '../common/LocaleDateInput';

const useResourceOptionText = () => {
  const translate = useTranslate();
  return (choice: { name: string }) => translate(choice.name, { smart_count: 2 });
};

export const useAuditEventFilters = (role: unknown) => {
  const resourceOptionText = useResourceOptionText();
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput
      key="resource"
      source="resource"
      choices={auditResourceChoices}
      optionText={resourceOptionText}
      translateChoice={false}
      alwaysOn
    />,
    <SelectInput key="action" source="action" choices={auditActionChoices} alwaysOn />,
    <LocaleDateInput key="from" source="from" alwaysOn />,
    <LocaleDateInput key="to" source="to" alwaysOn />,
    <NumberInput key="recordId" source="recordId" />,
    role === 'admin' ? (
      <ReferenceInput key="userId" source="userId" reference="users">
        <AutocompleteInput optionText="fullName" />
      </ReferenceInput>
    ) : (
      <NumberInput key="userId" source="userId" />
    ),
    // An RPO editor sees only their own region's events anyway.
    ...(role === 'rpo_editor'
      ? []
      : [
          <ReferenceInput key="regionId" source="regionId" reference="regions" perPage={50}>
            <NameAutocompleteInput />
          </ReferenceInput>,
        ]),
  ];
};
