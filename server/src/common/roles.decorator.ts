import { SetMetadata } from '@nestjs/common';
import type { Role } from '../../../contracts/codes';

export const ROLES_KEY = 'roles';
/** Only these roles may call the route (or every route of the controller). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
