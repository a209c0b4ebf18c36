import { Client } from 'pg';

/**
 * Adds 150,000 copies of the first 1,000 demo materials, moved to the next year, and analyzes the table, so that the
 * materials list is large enough for its total to be estimated.
 */
export async function makeMaterialsLarge(databaseUrl: string): Promise<void> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query(`
      INSERT INTO materials (region_id, outlet_id, channel, media_level, language, format, title, published_on)
      SELECT m.region_id, m.outlet_id, m.channel, m.media_level, m.language, m.format, m.title || ' #' || g, m.published_on + 366
        FROM (SELECT * FROM materials ORDER BY id LIMIT 1000) m, generate_series(1, 150) g`);
    await db.query('ANALYZE materials');
  } finally {
    await db.end();
  }
}
