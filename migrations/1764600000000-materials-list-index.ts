import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The materials list filtered by region and channel and sorted by date (an RPO's social posts, newest first): with
 * both equality columns ahead of the sort key, a page at any depth walks this index alone, and so does its count.
 * See docs/performance.md for the plans before and after.
 */
export class MaterialsListIndex1764600000000 implements MigrationInterface {
  name = 'MaterialsListIndex1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX materials_region_channel_published_idx ON materials (region_id, channel, published_on, id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX materials_region_channel_published_idx');
  }
}
