import { CHANNELS, FORMATS, LANGUAGES, MEDIA_LEVELS } from '../../../contracts/codes';
import type { ResourceSpec } from '../common/crud.service';
import type { FieldType } from '../common/list-query';

/**
 * Who sets a field: the database (key), the client (input), the outlet it names (copied on every write), the server
 * (bookkeeping a client may send back but never sets) or the update cycle (version).
 */
type Origin = 'key' | 'input' | 'outlet' | 'server' | 'version';

interface MaterialField {
  column: string;
  type: Extract<FieldType, 'int' | 'text' | 'date' | 'timestamp'>;
  nullable?: true;
  values?: readonly string[];
  origin: Origin;
  filterable?: false;
  searched?: true;
  /** Left out of the audit trail's changes. */
  audited?: false;
  /** Its place among the facets of the facet and pair counters (the order of GROUPING() in the pair counters). */
  facet?: number;
  /** Counted by the daily and monthly counters too. */
  daily?: true;
  /** The import column that fills it (import-columns.ts holds that column's labels). */
  importAs?: string;
}

/** A material, column by column in the table's order: the one list the rest is derived from. */
export const MATERIAL_FIELDS = {
  id: { column: 'id', type: 'int', origin: 'key', audited: false },
  regionId: { column: 'region_id', type: 'int', origin: 'input', facet: 0, daily: true, importAs: 'region' },
  outletId: { column: 'outlet_id', type: 'int', origin: 'input', importAs: 'outlet' },
  rubricId: { column: 'rubric_id', type: 'int', nullable: true, origin: 'input', importAs: 'rubric' },
  channel: { column: 'channel', type: 'text', values: CHANNELS, origin: 'outlet', facet: 2, daily: true },
  mediaLevel: { column: 'media_level', type: 'text', values: MEDIA_LEVELS, origin: 'outlet', facet: 1, daily: true },
  language: { column: 'language', type: 'text', values: LANGUAGES, origin: 'input', facet: 3, importAs: 'language' },
  format: { column: 'format', type: 'text', values: FORMATS, origin: 'input', facet: 4, importAs: 'format' },
  title: { column: 'title', type: 'text', origin: 'input', searched: true, importAs: 'title' },
  url: { column: 'url', type: 'text', nullable: true, origin: 'input', searched: true, importAs: 'url' },
  publishedOn: { column: 'published_on', type: 'date', origin: 'input', importAs: 'publishedOn' },
  directionId: { column: 'direction_id', type: 'int', nullable: true, origin: 'input', facet: 5, importAs: 'direction' },
  specialProjectId: {
    column: 'special_project_id',
    type: 'int',
    nullable: true,
    origin: 'input',
    facet: 6,
    importAs: 'specialProject',
  },
  mediaPlanItemId: { column: 'media_plan_item_id', type: 'int', nullable: true, origin: 'input', importAs: 'mediaPlanItem' },
  views: { column: 'views', type: 'int', nullable: true, origin: 'input', importAs: 'views' },
  reactions: { column: 'reactions', type: 'int', nullable: true, origin: 'input', importAs: 'reactions' },
  shares: { column: 'shares', type: 'int', nullable: true, origin: 'input', importAs: 'shares' },
  comments: { column: 'comments', type: 'int', nullable: true, origin: 'input', importAs: 'comments' },
  reach: { column: 'reach', type: 'int', nullable: true, origin: 'input', importAs: 'reach' },
  notes: { column: 'notes', type: 'text', nullable: true, origin: 'input', filterable: false, importAs: 'notes' },
  importId: { column: 'import_id', type: 'int', nullable: true, origin: 'server' },
  createdById: { column: 'created_by_id', type: 'int', nullable: true, origin: 'server' },
  createdAt: { column: 'created_at', type: 'timestamp', origin: 'server', audited: false },
  updatedAt: { column: 'updated_at', type: 'timestamp', origin: 'server', audited: false },
  version: { column: 'version', type: 'int', origin: 'version', filterable: false, audited: false },
} as const satisfies Record<string, MaterialField>;

type Fields = typeof MATERIAL_FIELDS;
export type MaterialProperty = keyof Fields;

type ValueOf<F> = F extends { values: readonly (infer C)[] }
  ? C
  : F extends { type: 'int' }
    ? number
    : F extends { type: 'timestamp' }
      ? Date
      : string;

/** A stored material as TypeORM reads it. */
export type MaterialRow = { -readonly [K in MaterialProperty]: ValueOf<Fields[K]> | (Fields[K] extends { nullable: true } ? null : never) };

/** The fields every new material is written with (see MATERIAL_INSERTED). */
export type InsertedProperty = { [K in MaterialProperty]: Fields[K]['origin'] extends 'input' | 'outlet' ? K : never }[MaterialProperty];

const ENTRIES = Object.entries(MATERIAL_FIELDS) as [MaterialProperty, MaterialField][];
const propertiesWhere = (keep: (f: MaterialField) => boolean): MaterialProperty[] => ENTRIES.filter(([, f]) => keep(f)).map(([p]) => p);

export const materialColumn = (property: MaterialProperty): string => MATERIAL_FIELDS[property].column;

/** Fields that react-admin sends back with the whole record and the server ignores. */
export const MATERIAL_READ_ONLY = propertiesWhere((f) => f.origin === 'outlet' || f.origin === 'server');

/** What every new material is written with, by a single create as by an import (besides its author and import). */
export const MATERIAL_INSERTED = propertiesWhere((f) => f.origin === 'input' || f.origin === 'outlet') as InsertedProperty[];

/** The columns an audit event records (besides the audience links). */
export const MATERIAL_AUDITED = propertiesWhere((f) => f.audited !== false);

/** The list filters that the daily and monthly counters (region, level, channel) count exactly, with their columns. */
export const MATERIAL_DAILY_COUNTED: Record<string, string> = Object.fromEntries(
  ENTRIES.filter(([, f]) => f.daily).map(([p, f]) => [p, f.column]),
);

/** The facet columns of the facet and pair counters, in their order. */
export const COUNTER_FACETS = ENTRIES.filter(([, f]) => f.facet !== undefined)
  .sort(([, a], [, b]) => (a.facet ?? 0) - (b.facet ?? 0))
  .map(([, f]) => f.column);

/** The material fields an import column fills, by that column's name. */
export const MATERIAL_BY_IMPORT_COLUMN: Record<string, MaterialProperty> = Object.fromEntries(
  ENTRIES.filter(([, f]) => f.importAs !== undefined).map(([p, f]) => [f.importAs, p]),
);

export const MATERIALS_LIST: ResourceSpec = {
  resource: 'materials',
  fields: Object.fromEntries(
    ENTRIES.map(([property, f]) => [
      property,
      {
        type: f.type,
        ...(f.values && { values: f.values }),
        ...(f.filterable === false && { filterable: false }),
      },
    ]),
  ),
  search: propertiesWhere((f) => f.searched === true),
  period: { column: 'publishedOn', from: 'publishedFrom', to: 'publishedTo' },
  links: {
    targetAudienceIds: (alias, p) =>
      `EXISTS (SELECT 1 FROM material_target_audiences mta WHERE mta.material_id = ${alias}.id AND mta.target_audience_id IN (:...${p}))`,
  },
  conditions: {
    hasEvidence: (alias, value) => `${value ? '' : 'NOT '}EXISTS (SELECT 1 FROM material_evidence me WHERE me.material_id = ${alias}.id)`,
  },
  defaultSort: ['publishedOn', 'DESC'],
};
