import { MigrationInterface, QueryRunner } from 'typeorm';

export class QuarterClosures1764200000000 implements MigrationInterface {
  name = 'QuarterClosures1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE quarter_closures (
        id serial PRIMARY KEY,
        region_id integer NOT NULL REFERENCES regions(id),
        year smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        quarter smallint NOT NULL CHECK (quarter BETWEEN 1 AND 4),
        status text NOT NULL CHECK (status IN ('submitted', 'approved', 'exception')),
        submitted_at timestamptz,
        submitted_by_id integer REFERENCES users(id),
        approved_at timestamptz,
        approved_by_id integer REFERENCES users(id),
        exception_at timestamptz,
        exception_by_id integer REFERENCES users(id),
        exception_comment text,
        version integer NOT NULL DEFAULT 1,
        UNIQUE (region_id, year, quarter)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE quarter_closures');
  }
}
