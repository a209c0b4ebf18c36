import type { Role } from '../../../contracts/codes';

type Writers = Record<string, readonly Role[]>;

// Mirrors the server's access policy so that the UI offers only what the role may do; the server still decides.
const WRITERS: Writers = {
  regions: ['admin'],
  directions: ['admin'],
  'special-projects': ['admin'],
  'target-audiences': ['admin'],
  outlets: ['rpo_editor', 'admin'],
  rubrics: ['rpo_editor', 'admin'],
  materials: ['rpo_editor', 'admin'],
  users: ['admin'],
};

export const canWrite = (resource: string, role: unknown): boolean =>
  (WRITERS[resource] ?? []).some((writer) => writer === role);

interface ResourceViews {
  create?: unknown;
  edit?: unknown;
}

/** The resource definition without its create and edit views when the role may not write it. */
export const forRole = <T extends ResourceViews>(resource: string, definition: T, role: unknown): T =>
  canWrite(resource, role) ? definition : { ...definition, create: undefined, edit: undefined };
