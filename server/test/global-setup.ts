import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { EmbeddedDatabase, startEmbeddedDatabase } from '../src/database/embedded-database';
import { prepareDatabase } from '../src/database/prepare-database';
import { adminQuery, withDatabaseName } from './support/pg-admin';

export interface TestDatabaseState {
  embedded: EmbeddedDatabase | null;
  serverUrl: string;
  prefix: string;
}

declare global {
  var testDatabaseState: TestDatabaseState | undefined;
}

/** One PostgreSQL per run: the embedded one in a temporary folder, or the server of DATABASE_URL. */
export default async function globalSetup(): Promise<void> {
  let embedded: EmbeddedDatabase | null = null;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'backoffice-test-'));
    chmodSync(dir, 0o755);
    embedded = await startEmbeddedDatabase(dir, () => undefined);
    serverUrl = embedded.url;
  }
  const prefix = `bo_test_${process.pid}`;
  const template = `${prefix}_template`;
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${template}`);
  await adminQuery(serverUrl, `CREATE DATABASE ${template} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`);
  const ds = new DataSource(dataSourceOptions(withDatabaseName(serverUrl, template)));
  await ds.initialize();
  try {
    await prepareDatabase(ds, { demoData: true, adminLogin: 'admin', adminPassword: undefined });
  } finally {
    await ds.destroy();
  }
  process.env.TEST_PG_SERVER_URL = serverUrl;
  process.env.TEST_PG_TEMPLATE = template;
  process.env.TEST_PG_PREFIX = prefix;
  globalThis.testDatabaseState = { embedded, serverUrl, prefix };
}
