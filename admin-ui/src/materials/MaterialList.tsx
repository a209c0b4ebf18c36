import {
  DataTable,
  DateInput,
  List,
  NumberInput,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  usePermissions,
} from 'react-admin';
import { useBulkActions } from '../common/useBulkActions';
import { channelChoices, formatChoices, languageChoices, levelChoices } from '../common/choices';
import { NameAutocompleteInput } from '../common/NameAutocompleteInput';
import { ListPagination } from '../common/ListPagination';
import { LocaleDateField } from '../common/LocaleDateField';
import { csvExporter } from '../common/csvExport';

const allFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="regionId" source="regionId" reference="regions" perPage={50}>
    <NameAutocompleteInput />
  </ReferenceInput>,
  <ReferenceInput key="outletId" source="outletId" reference="outlets" />,
  <SelectInput key="channel" source="channel" choices={channelChoices} />,
  <SelectInput key="mediaLevel" source="mediaLevel" choices={levelChoices} />,
  <SelectInput key="language" source="language" choices={languageChoices} />,
  <SelectInput key="format" source="format" choices={formatChoices} />,
  <ReferenceInput key="directionId" source="directionId" reference="directions">
    <NameAutocompleteInput />
  </ReferenceInput>,
  <ReferenceInput key="specialProjectId" source="specialProjectId" reference="special-projects">
    <NameAutocompleteInput />
  </ReferenceInput>,
  <DateInput key="publishedFrom" source="publishedFrom" />,
  <DateInput key="publishedTo" source="publishedTo" />,
  <NumberInput key="importId" source="importId" />,
];

// The server shows an RPO editor only their own region's materials, so a region filter or column would be noise.
const ownRegionOnly = (role: unknown) => role === 'rpo_editor';
const filtersFor = (role: unknown) => (ownRegionOnly(role) ? allFilters.filter((filter) => filter.key !== 'regionId') : allFilters);

/** Titles run to a hundred characters and more: their column keeps room for a few words a line. */
const titleCell = () => ({ minWidth: 260 });

export const MaterialList = () => {
  const { permissions } = usePermissions();
  const bulkActionButtons = useBulkActions();
  return (
    <List
      exporter={csvExporter}
      filters={filtersFor(permissions)}
      sort={{ field: 'publishedOn', order: 'DESC' }}
      pagination={<ListPagination />}
    >
      <DataTable rowClick="show" bulkActionButtons={bulkActionButtons}>
        <DataTable.Col source="publishedOn">
          <LocaleDateField source="publishedOn" />
        </DataTable.Col>
        <DataTable.Col source="title" cellSx={titleCell} />
        <DataTable.Col source="outletId">
          <ReferenceField source="outletId" reference="outlets" link={false} />
        </DataTable.Col>
        {ownRegionOnly(permissions) ? null : (
          <DataTable.Col source="regionId">
            <ReferenceField source="regionId" reference="regions" link={false} />
          </DataTable.Col>
        )}
        <DataTable.Col source="channel">
          <SelectField source="channel" choices={channelChoices} />
        </DataTable.Col>
        <DataTable.Col source="mediaLevel">
          <SelectField source="mediaLevel" choices={levelChoices} />
        </DataTable.Col>
        <DataTable.Col source="language">
          <SelectField source="language" choices={languageChoices} />
        </DataTable.Col>
        <DataTable.Col source="format">
          <SelectField source="format" choices={formatChoices} />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
