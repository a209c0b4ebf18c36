import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in failures for logins never tried again (sprayed or mistyped names) used to stay for ever: each failure now
 * deletes every failure older than the window, which this index makes a short range scan.
 */
export class LoginFailuresAtIndex1765110000000 implements MigrationInterface {
  name = 'LoginFailuresAtIndex1765110000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX login_failures_at_idx ON login_failures (at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX login_failures_at_idx');
  }
}
