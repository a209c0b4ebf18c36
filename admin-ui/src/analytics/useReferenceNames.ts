import type { NamedReference, References, Region, SpecialProject } from '../../../contracts/reference';
import { useNameSource } from '../common/useNameSource';
import { FIRST_SCREEN_STALE_MS, REFERENCES_KEY } from '../providers/firstScreen';
import { useDataQuery } from '../providers/useDataQuery';

/** A dictionary record: the shared fields, with a region's dates or a special project's year where it has them. */
export type NamedRecord = NamedReference & Partial<Pick<Region, 'activeFrom' | 'activeTo'> & Pick<SpecialProject, 'introducedIn'>>;

export interface ReferenceNames {
  records: NamedRecord[];
  nameOf: (id: number | null | undefined) => string;
}

const KEYS = {
  regions: 'regions',
  directions: 'directions',
  'special-projects': 'specialProjects',
  'target-audiences': 'targetAudiences',
} as const satisfies Record<string, keyof References>;

export type ReferenceResource = keyof typeof KEYS;

/** The four dictionaries, one request shared by every component that names things by them. */
export const useReferences = () => useDataQuery(REFERENCES_KEY, (dataProvider) => dataProvider.references(), FIRST_SCREEN_STALE_MS);

/** A dictionary (regions, directions, ...) with its names in the interface language. */
export const useReferenceNames = (resource: ReferenceResource): ReferenceNames => {
  const nameSource = useNameSource();
  const { data } = useReferences();
  const records: NamedRecord[] = data?.[KEYS[resource]] ?? [];
  const byId = new Map(records.map((record) => [record.id, record]));
  return {
    records,
    nameOf: (id) => (id === null || id === undefined ? '' : (byId.get(id)?.[nameSource] ?? `#${id}`)),
  };
};
