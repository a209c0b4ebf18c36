import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every count by period, region, level and channel now reads the counters (daily, monthly, facet, pair), so this
 * covering index served no request, while every insert kept it up to date: a tenth of a bulk import's insert time.
 * See docs/performance.md and docs/import-benchmark.md.
 */
export class DropMaterialsCountIndex1765000000000 implements MigrationInterface {
  name = 'DropMaterialsCountIndex1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX materials_count_idx');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX materials_count_idx ON materials (published_on, media_level, channel, region_id)');
  }
}
