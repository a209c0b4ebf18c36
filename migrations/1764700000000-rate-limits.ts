import { MigrationInterface, QueryRunner } from 'typeorm';

/** Requests per key in fixed time windows, in the database so that every API instance counts the same requests. */
export class RateLimits1764700000000 implements MigrationInterface {
  name = 'RateLimits1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rate_limit_counts (
        key text NOT NULL,
        window_start timestamptz NOT NULL,
        n integer NOT NULL,
        PRIMARY KEY (key, window_start)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE rate_limit_counts');
  }
}
