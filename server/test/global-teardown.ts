import { Client } from 'pg';
import { withDatabaseName } from './support/pg-admin';

/** Drops every database this run made, then stops the embedded PostgreSQL if the run started one. */
export default async function globalTeardown(): Promise<void> {
  const state = globalThis.testDatabaseState;
  if (!state) return;
  const client = new Client({ connectionString: withDatabaseName(state.serverUrl, 'postgres') });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [
      `${state.prefix}_%`,
    ]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  } finally {
    await client.end();
  }
  await state.embedded?.stop();
}
