import { ForbiddenException, NotFoundException } from '@nestjs/common';
import { Actor } from './actor';
import { Role, ROLES } from '../../../contracts/codes';

export type ResourceName =
  | 'regions'
  | 'directions'
  | 'special-projects'
  | 'target-audiences'
  | 'outlets'
  | 'rubrics'
  | 'materials'
  | 'media-plans'
  | 'media-plan-items'
  | 'users'
  | 'audit-events';

interface AccessRule {
  read: readonly Role[];
  write: readonly Role[];
  /** An RPO editor reads only the records of their own region. */
  regionalReads: boolean;
  /** An RPO editor writes only records of their own region; an approver only the republican ones (no region). */
  regionalWrites: boolean;
  /** Records of no region (the unified republican plan) are read by everyone, so offices can link their work to it. */
  republicanReadable?: boolean;
}

const ADMIN: readonly Role[] = ['admin'];
const REFERENCE: AccessRule = { read: ROLES, write: ADMIN, regionalReads: false, regionalWrites: false };
const OUTLETS: AccessRule = { read: ROLES, write: ['rpo_editor', 'admin'], regionalReads: false, regionalWrites: true };
const PLANS: AccessRule = { read: ROLES, write: ['rpo_editor', 'approver', 'admin'], regionalReads: true, regionalWrites: true, republicanReadable: true };

/** Who may do what: the table of the accounts issue, in one place. */
export const ACCESS: Record<ResourceName, AccessRule> = {
  regions: REFERENCE,
  directions: REFERENCE,
  'special-projects': REFERENCE,
  'target-audiences': REFERENCE,
  outlets: OUTLETS,
  rubrics: OUTLETS,
  materials: { read: ROLES, write: ['rpo_editor', 'admin'], regionalReads: true, regionalWrites: true },
  'media-plans': PLANS,
  'media-plan-items': PLANS,
  users: { read: ADMIN, write: ADMIN, regionalReads: false, regionalWrites: false },
  'audit-events': { read: ROLES, write: [], regionalReads: true, regionalWrites: false },
};

/** The one region an actor's reads of a resource are confined to, or 'any'. */
export function readRegion(resource: ResourceName, actor: Actor): number | 'any' {
  if (actor.role === 'rpo_editor' && ACCESS[resource].regionalReads && actor.regionId !== null) return actor.regionId;
  return 'any';
}

/** The region an actor's writes of a resource must stay in (null: the republican level), or 'any'. */
export function writeRegion(resource: ResourceName, actor: Actor): number | null | 'any' {
  if (!ACCESS[resource].regionalWrites) return 'any';
  if (actor.role === 'rpo_editor') return actor.regionId;
  if (actor.role === 'approver') return null;
  return 'any';
}

/** Another region's record is not revealed to a reader confined to their own: it answers 404. */
export function assertReadable(resource: ResourceName, actor: Actor, recordRegion: number | null, id: number): void {
  const region = readRegion(resource, actor);
  if (region === 'any' || recordRegion === region) return;
  if (recordRegion === null && ACCESS[resource].republicanReadable) return;
  throw new NotFoundException(`${resource} ${id} not found`);
}

export function assertWritable(resource: ResourceName, actor: Actor, recordRegion: number | null): void {
  if (!ACCESS[resource].write.includes(actor.role)) throw new ForbiddenException(`Your role may not change ${resource}`);
  const region = writeRegion(resource, actor);
  if (region !== 'any' && recordRegion !== region) {
    throw new ForbiddenException(
      region === null ? `regionId: you may change only republican ${resource}` : `regionId: you may change only your own region's ${resource}`,
    );
  }
}
