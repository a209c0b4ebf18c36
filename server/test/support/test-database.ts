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

/** A private copy of the migrated, seeded template, so that each test file's writes stay its own. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const server = env('TEST_PG_SERVER_URL');
  const name = `${env('TEST_PG_PREFIX')}_${randomBytes(4).toString('hex')}`;
  await adminQuery(server, `CREATE DATABASE ${name} TEMPLATE ${env('TEST_PG_TEMPLATE')}`);
  return {
    url: withDatabaseName(server, name),
    drop: () => adminQuery(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
