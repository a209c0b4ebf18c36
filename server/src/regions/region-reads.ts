import { DataSource } from 'typeorm';
import { NAME_COLUMN } from '../common/names.dto';
import type { Locale } from '../../../contracts/codes';

/** A region's code for a file name; a made-up one for a region that is gone. */
const slugOf = (id: number, code: string | undefined): string => code ?? `region-${id}`;

/** A region's code for a file name; a made-up one for a region that is gone, none for no region. */
export async function regionSlug(ds: DataSource, id: number | undefined): Promise<string | undefined> {
  if (id === undefined) return undefined;
  const [row]: { code: string }[] = await ds.query('SELECT code FROM regions WHERE id = $1', [id]);
  return slugOf(id, row?.code);
}

/** A region as a file name and a title name it: its code as regionSlug gives it, and its name (null: no region, or one that is gone). */
export async function regionLabel(ds: DataSource, id: number | undefined, locale: Locale): Promise<{ slug?: string; name: string | null }> {
  if (id === undefined) return { name: null };
  const [row]: { code: string; name: string }[] = await ds.query(`SELECT code, ${NAME_COLUMN[locale]} AS name FROM regions WHERE id = $1`, [
    id,
  ]);
  return { slug: slugOf(id, row?.code), name: row?.name ?? null };
}

/** The ids of the regions active during the period (only `regionId` when given), in order. */
export async function activeRegionIds(ds: DataSource, from: string, to: string, regionId?: number): Promise<number[]> {
  const rows: { id: number }[] = await ds.query(
    `SELECT id FROM regions WHERE active_from <= $2::date AND (active_to IS NULL OR active_to >= $1::date) AND ($3::int IS NULL OR id = $3) ORDER BY id`,
    [from, to, regionId ?? null],
  );
  return rows.map((r) => r.id);
}
