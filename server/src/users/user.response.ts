import type { Locale, Role } from '../../../contracts/codes';
import { User } from './user.entity';

export interface UserResponse {
  id: number;
  login: string;
  fullName: string;
  role: Role;
  regionId: number | null;
  locale: Locale;
  active: boolean;
  version: number;
}

export function toUserResponse(u: User): UserResponse {
  return {
    id: u.id,
    login: u.login,
    fullName: u.fullName,
    role: u.role,
    regionId: u.regionId,
    locale: u.locale,
    active: u.active,
    version: u.version,
  };
}
