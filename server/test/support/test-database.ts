import { randomBytes } from 'node:crypto';
import { adminQuery, withDatabaseName } from './pg-admin';

function env(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set: run the tests through jest, whose globalSetup prepares the database`);
  return v;
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A private copy of the migrated, seeded template (or an empty database), so that each test file's writes stay its own. */
export async function createTestDatabase(contents: 'demo' | 'empty' = 'demo'): Promise<TestDatabase> {
  const server = env('TEST_PG_SERVER_URL');
  const name = `${env('TEST_PG_PREFIX')}_${randomBytes(4).toString('hex')}`;
  const template = contents === 'demo' ? env('TEST_PG_TEMPLATE') : `template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`;
  await adminQuery(server, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  return {
    url: withDatabaseName(server, name),
    drop: () => adminQuery(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
