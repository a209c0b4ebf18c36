import { useGetList } from 'react-admin';
import { useNameSource } from '../common/useNameSource';

export interface NamedRecord {
  id: number;
  code: string;
  nameKk: string;
  nameRu: string;
  nameEn: string;
  introducedIn?: number | null;
  activeFrom?: string | null;
  activeTo?: string | null;
}

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
