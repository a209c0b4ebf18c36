import { ForbiddenException } from '@nestjs/common';
import { Actor } from './actor';
import { ACCESS, ResourceName } from '../../../contracts/access';
import { notFound, refusal } from './coded-error';

export { ACCESS, type ResourceName } from '../../../contracts/access';

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

/** Whether a reader may see a record of a region (null: the republican level). */
export function mayRead(resource: ResourceName, actor: Actor, recordRegion: number | null): boolean {
  const region = readRegion(resource, actor);
  if (region === 'any' || recordRegion === region) return true;
  return recordRegion === null && ACCESS[resource].republicanReadable === true;
}

/** Another region's record is not revealed to a reader confined to their own: it answers 404. */
export function assertReadable(resource: ResourceName, actor: Actor, recordRegion: number | null, id: number): void {
  if (!mayRead(resource, actor, recordRegion)) throw notFound(resource, id);
}

export function assertWritable(resource: ResourceName, actor: Actor, recordRegion: number | null): void {
  if (!ACCESS[resource].write.includes(actor.role))
    throw refusal(ForbiddenException, 'access.role', `Your role may not change ${resource}`, {});
  const region = writeRegion(resource, actor);
  if (region !== 'any' && recordRegion !== region) {
    throw region === null
      ? refusal(ForbiddenException, 'access.republicanOnly', `regionId: you may change only republican ${resource}`, {}, 'regionId')
      : refusal(ForbiddenException, 'access.ownRegionOnly', `regionId: you may change only your own region's ${resource}`, {}, 'regionId');
  }
}
