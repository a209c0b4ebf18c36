import { MigrationInterface, QueryRunner } from 'typeorm';

/** The items of a plan as they were at each submission, so that an approver sees what changed since the last one. */
export class MediaPlanSubmissions1765200000000 implements MigrationInterface {
  name = 'MediaPlanSubmissions1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE media_plan_submissions (
      id serial PRIMARY KEY,
      media_plan_id integer NOT NULL REFERENCES media_plans (id) ON DELETE CASCADE,
      submitted_at timestamptz NOT NULL,
      submitted_by_id integer REFERENCES users (id),
      items jsonb NOT NULL)`);
    await q.query('CREATE INDEX media_plan_submissions_plan_idx ON media_plan_submissions (media_plan_id, submitted_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE media_plan_submissions');
  }
}
