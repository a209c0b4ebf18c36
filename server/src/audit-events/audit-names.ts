import { EntityManager } from 'typeorm';
import {
  AUDIT_NAMED_RESOURCES,
  AUDIT_REFERENCE_FIELDS,
  isAuditNamedResource,
  type AuditEvent as AuditEventRecord,
  type AuditNamedResource,
  type AuditReference,
} from '../../../contracts/audit-events';
import type { Role } from '../../../contracts/codes';
import { AuditEvent } from './audit-event.entity';

type Named = Omit<AuditEventRecord, 'at'> & { at: Date };

interface NameRow {
  resource: AuditNamedResource;
  id: number;
  name_kk: string;
  name_ru: string;
  name_en: string;
  media_plan_id: number | null;
  /** The region of a record that belongs to one (a material, a plan, a plan item); null when republican or none. */
  record_region_id: number | null;
  role: Role | null;
  user_region_id: number | null;
}

/**
 * The names of every record a page of events refers to, in one statement: one branch per resource, each reading by
 * primary key only the ids the page holds ($1 … $10 in the order of PARAMETERS). A user's region is
 * named too, for the acting users.
 */
const NAMES_SQL = `
  SELECT 'regions' AS resource, id, name_kk, name_ru, name_en, NULL::int AS media_plan_id, NULL::int AS record_region_id,
         NULL AS role, NULL::int AS user_region_id
    FROM regions WHERE id = ANY($1::int[]) OR id IN (SELECT region_id FROM users WHERE id = ANY($10::int[]))
  UNION ALL SELECT 'directions', id, name_kk, name_ru, name_en, NULL, NULL, NULL, NULL FROM directions WHERE id = ANY($2::int[])
  UNION ALL SELECT 'special-projects', id, name_kk, name_ru, name_en, NULL, NULL, NULL, NULL FROM special_projects WHERE id = ANY($3::int[])
  UNION ALL SELECT 'target-audiences', id, name_kk, name_ru, name_en, NULL, NULL, NULL, NULL FROM target_audiences WHERE id = ANY($4::int[])
  UNION ALL SELECT 'outlets', id, name, name, name, NULL, NULL, NULL, NULL FROM outlets WHERE id = ANY($5::int[])
  UNION ALL SELECT 'rubrics', id, name, name, name, NULL, NULL, NULL, NULL FROM rubrics WHERE id = ANY($6::int[])
  UNION ALL SELECT 'materials', id, title, title, title, NULL, region_id, NULL, NULL FROM materials WHERE id = ANY($7::int[])
  UNION ALL SELECT 'media-plans', id, title, title, title, NULL, region_id, NULL, NULL FROM media_plans WHERE id = ANY($8::int[])
  UNION ALL SELECT 'media-plan-items', i.id, i.topic, i.topic, i.topic, i.media_plan_id, p.region_id, NULL, NULL
    FROM media_plan_items i JOIN media_plans p ON p.id = i.media_plan_id WHERE i.id = ANY($9::int[])
  UNION ALL SELECT 'users', id, full_name, full_name, full_name, NULL, NULL, role, region_id FROM users WHERE id = ANY($10::int[])`;

/** The resource whose ids each parameter of NAMES_SQL holds. */
const PARAMETERS: readonly AuditNamedResource[] = [
  'regions',
  'directions',
  'special-projects',
  'target-audiences',
  'outlets',
  'rubrics',
  'materials',
  'media-plans',
  'media-plan-items',
  'users',
];

const REGIONAL = new Set<AuditNamedResource>(['materials', 'media-plans', 'media-plan-items']);
const MAX_ID = 2_147_483_647;

const idsIn = (value: unknown): number[] =>
  (Array.isArray(value) ? value : [value]).filter((v): v is number => Number.isInteger(v) && v > 0 && v <= MAX_ID);

/** The records one event refers to: its region and record, and the ids in its changes, before and after. */
function referencesOf(event: AuditEvent): [AuditNamedResource, number][] {
  const wanted: [AuditNamedResource, number][] = [];
  if (event.regionId !== null) wanted.push(['regions', event.regionId]);
  if (event.recordId !== null && isAuditNamedResource(event.resource)) wanted.push([event.resource, event.recordId]);
  for (const [field, change] of Object.entries(event.changes ?? {})) {
    const resource = AUDIT_REFERENCE_FIELDS[field];
    if (!resource) continue;
    for (const id of [...idsIn(change?.before), ...idsIn(change?.after)]) wanted.push([resource, id]);
  }
  return wanted;
}

const key = (resource: string, id: number) => `${resource}:${id}`;

/**
 * A record that belongs to a region is named only in an event of its own region (or of none): a reader confined to
 * a region reads only its events, and must not learn another region's plan items or materials through one.
 */
const nameableIn = (event: AuditEvent, row: NameRow) =>
  !REGIONAL.has(row.resource) || row.record_region_id === null || event.regionId === null || row.record_region_id === event.regionId;

/** Events with the acting user's name, role and region and the names of the records they refer to. */
export async function withNames(m: EntityManager, events: AuditEvent[]): Promise<Named[]> {
  const wanted = events.map(referencesOf);
  const ids = new Map<AuditNamedResource, Set<number>>(AUDIT_NAMED_RESOURCES.map((r) => [r, new Set<number>()]));
  for (const [resource, id] of wanted.flat()) ids.get(resource)?.add(id);
  for (const event of events) if (event.userId !== null) ids.get('users')?.add(event.userId);
  const rows: NameRow[] = events.length
    ? await m.query(
        NAMES_SQL,
        PARAMETERS.map((r) => [...(ids.get(r) ?? [])]),
      )
    : [];
  const byKey = new Map(rows.map((row) => [key(row.resource, row.id), row]));
  return events.map((event, i) => {
    const user = event.userId === null ? undefined : byKey.get(key('users', event.userId));
    const seen = new Set<string>();
    const references: AuditReference[] = [];
    const pairs = user?.user_region_id ? [...wanted[i], ['regions', user.user_region_id] as const] : wanted[i];
    for (const [resource, id] of pairs) {
      const row = byKey.get(key(resource, id));
      if (!row || seen.has(key(resource, id)) || !nameableIn(event, row)) continue;
      seen.add(key(resource, id));
      references.push({ resource, id, nameKk: row.name_kk, nameRu: row.name_ru, nameEn: row.name_en, mediaPlanId: row.media_plan_id });
    }
    return {
      ...event,
      userName: user?.name_ru ?? null,
      userRole: user?.role ?? null,
      userRegionId: user?.user_region_id ?? null,
      references,
    };
  });
}
