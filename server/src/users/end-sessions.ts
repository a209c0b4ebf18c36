import { EntityManager } from 'typeorm';
import { audit } from '../common/audit';

/**
 * Ends every session of the account issued before now (tokens carry the generation they were issued in), in the
 * caller's transaction, and audits it with why.
 */
export async function endSessions(m: EntityManager, userId: number, actorId: number, reason: string): Promise<number> {
  const [row]: { session_generation: number }[] = await m.query(
    'WITH raised AS (UPDATE users SET session_generation = session_generation + 1 WHERE id = $1 RETURNING session_generation) SELECT session_generation FROM raised',
    [userId],
  );
  await audit(m, {
    userId: actorId,
    action: 'end_sessions',
    resource: 'users',
    recordId: userId,
    regionId: null,
    changes: {},
    comment: reason,
  });
  return row.session_generation;
}
