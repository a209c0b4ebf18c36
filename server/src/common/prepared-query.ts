import { DatabaseError, Pool, QueryResultRow } from 'pg';
import { DataSource, QueryFailedError } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

const names = new Map<string, string>();

/**
 * One statement as a named prepared statement on TypeORM's own pool. PostgreSQL then parses and plans it once per
 * connection instead of on every call: for the reads by id and the creates that is about half of its work.
 * Errors come out as TypeORM's QueryFailedError, so that the exception filter maps them as it maps any other query's.
 */
export async function preparedQuery<T extends QueryResultRow>(ds: DataSource, text: string, values: unknown[]): Promise<T[]> {
  let name = names.get(text);
  if (!name) {
    name = `prepared_${names.size + 1}`;
    names.set(text, name);
  }
  const pool = (ds.driver as PostgresDriver).master as Pool;
  try {
    return (await pool.query<T>({ name, text, values })).rows;
  } catch (e) {
    throw e instanceof DatabaseError ? new QueryFailedError(text, values, e) : e;
  }
}
