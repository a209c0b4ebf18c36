import { EntityManager } from 'typeorm';

/**
 * The advisory lock of one stored file, held to the end of the caller's transaction: the upload of its bytes (file
 * written, row inserted) and the removal of a file no row names take turns, so neither loses the other's work.
 */
export async function lockFile(m: EntityManager, sha256: string): Promise<void> {
  await m.query(`SELECT pg_advisory_xact_lock(hashtextextended('evidence:' || $1, 0))`, [sha256]);
}
