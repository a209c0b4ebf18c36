import type { ComponentProps, MouseEvent } from 'react';
import {
  BooleanField,
  DataTable,
  Link,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  TextField,
  useCreatePath,
  useRecordContext,
  useResourceContext,
} from 'react-admin';
import { LocaleDateField } from './LocaleDateField';
import { NameAutocompleteInput } from './NameAutocompleteInput';

export const searchFilter = <SearchInput key="q" source="q" alwaysOn />;

/** A filter by a region, direction or special project, picked by its name in the user's language. */
export const namedReferenceFilter = (source: string, reference: string, props: { perPage?: number; alwaysOn?: boolean } = {}) => (
  <ReferenceInput key={source} source={source} reference={reference} {...props}>
    <NameAutocompleteInput />
  </ReferenceInput>
);

/** A column of codes, each shown by its label. */
export const ChoiceCol = ({ source, choices }: { source: string; choices: { id: string; name: string }[] }) => (
  <DataTable.Col source={source}>
    <SelectField source={source} choices={choices} />
  </DataTable.Col>
);

/** A column of the records another one refers to, by name; each a link to its record unless `link` is false. */
export const ReferenceCol = ({ source, reference, link }: { source: string; reference: string; link?: false }) => (
  <DataTable.Col source={source}>
    <ReferenceField source={source} reference={reference} link={link} />
  </DataTable.Col>
);

export const BooleanCol = ({ source }: { source: string }) => (
  <DataTable.Col source={source}>
    <BooleanField source={source} />
  </DataTable.Col>
);

export const DateCol = ({ source }: { source: string }) => (
  <DataTable.Col source={source}>
    <LocaleDateField source={source} />
  </DataTable.Col>
);

const ShowLink = ({ source }: { source: string }) => {
  const record = useRecordContext();
  const resource = useResourceContext();
  const createPath = useCreatePath();
  if (!record) return null;
  return (
    <Link to={createPath({ resource, id: record.id, type: 'show' })} onClick={(event: MouseEvent) => event.stopPropagation()}>
      <TextField source={source} />
    </Link>
  );
};

/** A column whose text links to the record's page: a row click opens it too, but only a link is reached by keyboard. */
export const ShowLinkCol = ({ source, cellSx }: { source: string; cellSx?: ComponentProps<typeof DataTable.Col>['cellSx'] }) => (
  <DataTable.Col source={source} cellSx={cellSx}>
    <ShowLink source={source} />
  </DataTable.Col>
);
