import { ACCESS } from '../../../contracts/access';

const isResource = (resource: string): resource is keyof typeof ACCESS => Object.hasOwn(ACCESS, resource);

// The server's access table, so that the UI offers only what the role may do; the server still decides.
export const canWrite = (resource: string, role: unknown): boolean =>
  isResource(resource) && ACCESS[resource].write.some((writer) => writer === role);

interface ResourceViews {
  create?: unknown;
  edit?: unknown;
}

/** The resource definition without its create and edit views when the role may not write it. */
export const forRole = <T extends ResourceViews>(resource: string, definition: T, role: unknown): T =>
  canWrite(resource, role) ? definition : { ...definition, create: undefined, edit: undefined };
