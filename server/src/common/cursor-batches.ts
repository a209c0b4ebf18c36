import { DataSource } from 'typeorm';

/**
 * The rows of one statement, fetched through a cursor in batches: the statement runs once however many rows it
 * answers (a keyset page per batch would sort the whole selection again for each), and memory stays flat. The
 * connection is held, in one read-only snapshot, until the last batch is taken or the reader stops.
 */
export async function* cursorBatches<T>(ds: DataSource, sql: string, params: unknown[], size: number): AsyncGenerator<T[]> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await runner.query(`DECLARE export_rows NO SCROLL CURSOR FOR ${sql}`, params);
    for (;;) {
      const rows: T[] = await runner.query(`FETCH ${size} FROM export_rows`);
      if (rows.length > 0) yield rows;
      if (rows.length < size) break;
    }
  } finally {
    await runner.query('ROLLBACK').catch(() => undefined);
    await runner.release();
  }
}
