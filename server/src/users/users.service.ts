import { Injectable } from '@nestjs/common';
import { hash } from 'bcryptjs';
import { DataSource } from 'typeorm';
import { LOCALES, ROLES } from '../../../contracts/codes';
import { endSessions } from './end-sessions';
import { assertAcceptablePassword } from './password-policy';
import { CrudService, ResourceSpec } from '../common/crud.service';
import { fieldsOfType, VERSION_FIELD } from '../common/list-query';
import { USER_READ_ONLY } from './user.dto';
import { User } from './user.entity';
import { toUserResponse } from './user.response';
import { badField } from '../common/coded-error';

export const PASSWORD_HASH_ROUNDS = 10;

/** Why a change of the account by an administrator ends its sessions, or null when it does not. */
function sessionsEndBecause(before: User, after: User, passwordSet: boolean): string | null {
  const reasons = [
    passwordSet && 'password reset',
    before.role !== after.role && 'role changed',
    before.regionId !== after.regionId && 'region changed',
    before.active && !after.active && 'deactivated',
  ].filter((r): r is string => typeof r === 'string');
  return reasons.length > 0 ? reasons.join(', ') : null;
}

const USERS_LIST: ResourceSpec = {
  resource: 'users',
  fields: {
    ...fieldsOfType('text', ['login', 'fullName']),
    ...fieldsOfType('int', ['id', 'regionId']),
    role: { type: 'text', values: ROLES },
    locale: { type: 'text', values: LOCALES },
    active: { type: 'bool' },
    createdAt: { type: 'timestamp' },
    version: VERSION_FIELD,
  },
  search: ['login', 'fullName'],
  defaultSort: ['login', 'ASC'],
};

@Injectable()
export class UsersService extends CrudService<User> {
  constructor(ds: DataSource) {
    super(ds, User, USERS_LIST, {
      readOnly: USER_READ_ONLY,
      present: async (_m, rows) => rows.map((u) => ({ ...toUserResponse(u), createdAt: u.createdAt })),
      prepare: async (m, draft, before, actor, input) => {
        draft.regionId ??= null;
        if (draft.role === 'rpo_editor' && draft.regionId === null)
          throw badField('regionId', 'user.regionRequired', 'an RPO editor needs a region', {});
        if (draft.role !== 'rpo_editor' && draft.regionId !== null)
          throw badField('regionId', 'user.regionNotAllowed', 'only RPO editors have a region', {});
        if (before?.id === actor.id && (!draft.active || draft.role !== 'admin')) {
          throw badField('active', 'user.selfDemotion', 'administrators cannot deactivate or demote themselves', {});
        }
        if (typeof input.password === 'string') {
          assertAcceptablePassword('password', input.password, draft);
          draft.passwordHash = await hash(input.password, PASSWORD_HASH_ROUNDS);
        }
        const reason = before && sessionsEndBecause(before, draft, typeof input.password === 'string');
        if (reason) draft.sessionGeneration = await endSessions(m, before.id, actor.id, reason);
      },
    });
  }
}
