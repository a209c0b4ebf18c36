import { useGetList } from 'react-admin';
import type { NamedReference, Region, SpecialProject } from '../../../contracts/reference';
import { useNameSource } from '../common/useNameSource';

/** A dictionary record: the shared fields, with a region's dates or a special project's year where it has them. */
export type NamedRecord = NamedReference & Partial<Pick<Region, 'activeFrom' | 'activeTo'> & Pick<SpecialProject, 'introducedIn'>>;

export interface ReferenceNames {
  records: NamedRecord[];
  nameOf: (id: number | null | undefined) => string;
}

/** A dictionary (regions, directions, ...) with its names in the interface language. */
export const useReferenceNames = (resource: string): ReferenceNames => {
  const nameSource = useNameSource();
  const { data } = useGetList<NamedRecord>(resource, { pagination: { page: 1, perPage: 200 }, sort: { field: 'id', order: 'ASC' } });
  const records = data ?? [];
  const byId = new Map(records.map((record) => [record.id, record]));
  return {
    records,
    nameOf: (id) => (id === null || id === undefined ? '' : (byId.get(id)?.[nameSource] ?? `#${id}`)),
  };
};
