import type { UserAccount } from '../../../contracts/auth';
import { User } from './user.entity';

/** A user account as the API shows it: never its password hash. */
export type UserResponse = UserAccount;

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
