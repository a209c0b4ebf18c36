import { DataSource } from 'typeorm';

/** The ids of the special projects introduced last, in order. */
export async function newestSpecialProjectIds(ds: DataSource): Promise<number[]> {
  const rows: { id: number }[] = await ds.query(
    `SELECT id FROM special_projects WHERE introduced_in = (SELECT max(introduced_in) FROM special_projects) ORDER BY id`,
  );
  return rows.map((r) => r.id);
}
