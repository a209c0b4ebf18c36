import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { backupDatabase, restoreDatabase } from '../../../scripts/backup-archive';
import { binariesOf, LocalPostgres } from '../../../scripts/local-postgres';
import { adminQuery, withDatabaseName } from './pg-admin';
import { createTestDatabase } from './test-database';

export { LocalPostgres as TestPostgres };

/** The binaries of the PostgreSQL this run tests on. */
export const runBinaries = () => binariesOf(process.env.DATABASE_URL);

/**
 * A database backoffice on the server with the run's demo data, brought over from the run's template with the backup
 * tool (much faster than seeding it again); its URL.
 */
export async function demoDatabaseOn(server: LocalPostgres): Promise<string> {
  await adminQuery(server.url, `CREATE DATABASE backoffice TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`);
  const databaseUrl = withDatabaseName(server.url, 'backoffice');
  const template = await createTestDatabase('demo');
  const archive = join(mkdtempSync(join(tmpdir(), 'backoffice-demo-')), 'demo.backup.gz');
  try {
    await backupDatabase(template.url, archive);
    await restoreDatabase(databaseUrl, archive, { force: false, rebuildCounters: false });
  } finally {
    await template.drop();
    rmSync(dirname(archive), { recursive: true, force: true });
  }
  return databaseUrl;
}
