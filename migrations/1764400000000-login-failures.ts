import { MigrationInterface, QueryRunner } from 'typeorm';

/** Failed sign-ins live in the database, so that every API instance behind a load balancer sees the same limit. */
export class LoginFailures1764400000000 implements MigrationInterface {
  name = 'LoginFailures1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_failures (
        id bigserial PRIMARY KEY,
        key text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX login_failures_key_at_idx ON login_failures (key, at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE login_failures');
  }
}
