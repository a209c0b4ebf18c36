import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A token carries the account's session generation from when it was issued; raising it (a password change or reset,
 * a role or region change, deactivation, "sign out everywhere") refuses every older token on the next request, on
 * every instance, since the account is read on every request anyway.
 */
export class SessionGeneration1765100000000 implements MigrationInterface {
  name = 'SessionGeneration1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE users ADD COLUMN session_generation integer NOT NULL DEFAULT 0');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE users DROP COLUMN session_generation');
  }
}
