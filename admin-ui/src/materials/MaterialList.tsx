import { useMemo } from 'react';
import { Theme, useMediaQuery } from '@mui/material';
import {
  ColumnsButton,
  CreateButton,
  DataTable,
  FilterButton,
  List,
  NullableBooleanInput,
  NumberInput,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  SimpleList,
  TopToolbar,
  usePermissions,
  useResourceDefinition,
} from 'react-admin';
import { channelChoices, formatChoices, languageChoices, levelChoices } from '../common/choices';
import { LIST_DEFAULTS } from '../common/ListPagination';
import { FilterChips } from './FilterChips';
import { ChoiceCol, DateCol, namedReferenceFilter, ReferenceCol, searchFilter, ShowLinkCol } from '../common/listParts';
import { LocaleDateField } from '../common/LocaleDateField';
import { usePhone } from '../common/usePhone';
import { usePhoneFilters } from '../common/usePhoneFilters';
import { LocaleDateInput } from '../common/LocaleDateInput';
import { EvidenceHeader, EvidenceMarker } from '../evidence/EvidenceMarker';
import { MaterialBulkActions } from './MaterialBulkActions';
import { WorkbookExportButton } from '../common/WorkbookExportButton';

const allFilters = [
  searchFilter,
  namedReferenceFilter('regionId', 'regions', { perPage: 50 }),
  <ReferenceInput key="outletId" source="outletId" reference="outlets" />,
  <SelectInput key="channel" source="channel" choices={channelChoices} />,
  <SelectInput key="mediaLevel" source="mediaLevel" choices={levelChoices} />,
  <SelectInput key="language" source="language" choices={languageChoices} />,
  <SelectInput key="format" source="format" choices={formatChoices} />,
  namedReferenceFilter('directionId', 'directions'),
  namedReferenceFilter('specialProjectId', 'special-projects'),
  <LocaleDateInput key="publishedFrom" source="publishedFrom" />,
  <LocaleDateInput key="publishedTo" source="publishedTo" />,
  <NumberInput key="importId" source="importId" />,
  <NullableBooleanInput key="hasEvidence" source="hasEvidence" trueLabel="app.evidence.with" falseLabel="app.evidence.without" />,
];

// The server shows an RPO editor only their own region's materials, so a region filter or column would be noise.
const ownRegionOnly = (role: unknown) => role === 'rpo_editor';
const filtersFor = (role: unknown) => (ownRegionOnly(role) ? allFilters.filter((filter) => filter.key !== 'regionId') : allFilters);

/** Titles run to a hundred characters and more: their column keeps room for a few words a line. */
const titleCell = () => ({ minWidth: 260 });

/** A material on a phone: its title, then when and where it came out (and the region, for those who see several). */
const MaterialCards = ({ withRegion }: { withRegion: boolean }) => (
  <SimpleList<{ id: number; title: string }>
    rowClick="show"
    primaryText={(record) => record.title}
    rightIcon={() => <EvidenceMarker />}
    secondaryText={
      <>
        <LocaleDateField source="publishedOn" variant="inherit" /> · <ReferenceField source="outletId" reference="outlets" link={false} />
        {withRegion && (
          <>
            {' · '}
            <ReferenceField source="regionId" reference="regions" link={false} />
          </>
        )}
      </>
    }
  />
);

/** react-admin's own actions, with the server's workbook for its CSV export. */
const ListActions = () => {
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      <FilterButton />
      {!usePhone() && <ColumnsButton />}
      {hasCreate && <CreateButton />}
      <WorkbookExportButton list="materials" />
    </TopToolbar>
  );
};

/**
 * The columns shown until a person picks their own (the columns button, remembered): on a laptop's screen the format
 * and then the language give way, so that the list fits beside the menu instead of scrolling sideways.
 */
const useDefaultHiddenColumns = (): string[] => {
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('xl'));
  const laptop = useMediaQuery('(max-width: 1439.95px)');
  return useMemo(() => (laptop ? ['format', 'language'] : narrow ? ['format'] : []), [laptop, narrow]);
};

export const MaterialList = () => {
  const { permissions } = usePermissions();
  const phone = usePhone();
  const withRegion = !ownRegionOnly(permissions);
  const hiddenColumns = useDefaultHiddenColumns();
  // Made once per role and window size: a page turn changes the URL, which renders the list again; the same columns let react-admin's
  // memoised rows skip the rows still shown until the next page's answer.
  const table = useMemo(
    () => (
      <DataTable rowClick="show" bulkActionButtons={<MaterialBulkActions />} hiddenColumns={hiddenColumns}>
        <DateCol source="publishedOn" />
        <ShowLinkCol source="title" cellSx={titleCell} />
        <ReferenceCol source="outletId" reference="outlets" link={false} />
        {withRegion ? <ReferenceCol source="regionId" reference="regions" link={false} /> : null}
        <ChoiceCol source="channel" choices={channelChoices} />
        <ChoiceCol source="mediaLevel" choices={levelChoices} />
        <ChoiceCol source="language" choices={languageChoices} />
        <ChoiceCol source="format" choices={formatChoices} />
        <DataTable.Col source="evidenceCount" label={<EvidenceHeader />} disableSort align="center">
          <EvidenceMarker />
        </DataTable.Col>
      </DataTable>
    ),
    [withRegion, hiddenColumns],
  );
  // The outlets and regions the page's reference fields show come with the page (react-admin's prefetching): a page
  // turn is one request, not the page and then its names.
  const queryOptions = useMemo(() => ({ meta: { prefetch: withRegion ? ['outlets', 'regions'] : ['outlets'] } }), [withRegion]);
  return (
    <List
      queryOptions={queryOptions}
      exporter={false}
      actions={<ListActions />}
      filters={usePhoneFilters(filtersFor(permissions))}
      sort={{ field: 'publishedOn', order: 'DESC' }}
      {...LIST_DEFAULTS}
    >
      <FilterChips />
      {phone ? <MaterialCards withRegion={withRegion} /> : table}
    </List>
  );
};
