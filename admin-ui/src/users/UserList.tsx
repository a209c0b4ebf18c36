import { BooleanInput, DataTable, List, ReferenceField, SelectField, SelectInput, SimpleList, TextField } from 'react-admin';
import { LocalizedNameField } from '../common/LocalizedNameField';
import { localeChoices, roleChoices } from '../common/choices';
import { LIST_DEFAULTS } from '../common/ListPagination';
import { WorkbookListActions } from '../common/WorkbookListActions';
import { BooleanCol, ChoiceCol, namedReferenceFilter, ReferenceCol, searchFilter, ShowLinkCol } from '../common/listParts';
import { RowsOrCards } from '../common/RowsOrCards';
import { usePhoneFilters } from '../common/usePhoneFilters';
import { DeactivateButton } from './DeactivateButton';

const filters = [
  searchFilter,
  <SelectInput key="role" source="role" choices={roleChoices} alwaysOn />,
  namedReferenceFilter('regionId', 'regions', { perPage: 50 }),
  <BooleanInput key="active" source="active" />,
];

const userCards = (
  <SimpleList<{ id: number; fullName: string }>
    rowClick="show"
    primaryText={(record) => record.fullName}
    secondaryText={
      <>
        <TextField source="login" /> · <SelectField source="role" choices={roleChoices} />
        <ReferenceField source="regionId" reference="regions" link={false}>
          {' · '}
          <LocalizedNameField />
        </ReferenceField>
      </>
    }
  />
);

export const UserList = () => (
  <List
    {...LIST_DEFAULTS}
    exporter={false}
    actions={<WorkbookListActions />}
    filters={usePhoneFilters(filters)}
    sort={{ field: 'login', order: 'ASC' }}
  >
    <RowsOrCards cards={userCards}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <ShowLinkCol source="login" />
        <DataTable.Col source="fullName" />
        <ChoiceCol source="role" choices={roleChoices} />
        <ReferenceCol source="regionId" reference="regions" link={false} />
        <ChoiceCol source="locale" choices={localeChoices} />
        <BooleanCol source="active" />
        <DataTable.Col>
          <DeactivateButton />
        </DataTable.Col>
      </DataTable>
    </RowsOrCards>
  </List>
);
