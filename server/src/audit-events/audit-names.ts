import { materialNamesSql } from '../materials/material-names.reads';
import { planItemNamesSql, planNamesSql } from '../media-plans/media-plans.repository';
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
 * Each resource's branch of the names statement, over the parameter that holds the page's ids of it: columns
 * id, three names, a plan item's plan, the record's region, and a user's role and region.
 */
const BRANCHES: Record<AuditNamedResource, (ids: string, userIds: string) => string> = {
  regions: (ids, userIds) =>
    `SELECT id, name_kk, name_ru, name_en, NULL::int, NULL::int, NULL::text, NULL::int FROM regions
      WHERE id = ANY(${ids}) OR id IN (SELECT region_id FROM users WHERE id = ANY(${userIds}))`,
  directions: (ids) =>
    `SELECT id, name_kk, name_ru, name_en, NULL::int, NULL::int, NULL::text, NULL::int FROM directions WHERE id = ANY(${ids})`,
  'special-projects': (ids) =>
    `SELECT id, name_kk, name_ru, name_en, NULL::int, NULL::int, NULL::text, NULL::int FROM special_projects WHERE id = ANY(${ids})`,
  'target-audiences': (ids) =>
    `SELECT id, name_kk, name_ru, name_en, NULL::int, NULL::int, NULL::text, NULL::int FROM target_audiences WHERE id = ANY(${ids})`,
  outlets: (ids) => `SELECT id, name, name, name, NULL::int, NULL::int, NULL::text, NULL::int FROM outlets WHERE id = ANY(${ids})`,
  rubrics: (ids) => `SELECT id, name, name, name, NULL::int, NULL::int, NULL::text, NULL::int FROM rubrics WHERE id = ANY(${ids})`,
  materials: materialNamesSql,
  'media-plans': planNamesSql,
  'media-plan-items': planItemNamesSql,
  users: (ids) => `SELECT id, full_name, full_name, full_name, NULL::int, NULL::int, role, region_id FROM users WHERE id = ANY(${ids})`,
};

const parameterOf = (resource: AuditNamedResource) => `$${AUDIT_NAMED_RESOURCES.indexOf(resource) + 1}::int[]`;

/**
 * The names of every record a page of events refers to, in one statement: one branch per resource, each reading by
 * primary key only the ids the page holds (parameter i holds those of AUDIT_NAMED_RESOURCES[i]). A user's region is
 * named too, for the acting users.
 */
const NAMES_SQL = `SELECT resource, id, name_kk, name_ru, name_en, media_plan_id, record_region_id, role, user_region_id
  FROM (${AUDIT_NAMED_RESOURCES.map((r) => `SELECT '${r}' AS resource, b.* FROM (${BRANCHES[r](parameterOf(r), parameterOf('users'))}) b`).join('\n  UNION ALL ')})
       AS n(resource, id, name_kk, name_ru, name_en, media_plan_id, record_region_id, role, user_region_id)`;

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
        AUDIT_NAMED_RESOURCES.map((r) => [...(ids.get(r) ?? [])]),
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
