import { EntityManager } from 'typeorm';

/** Each material's number of evidence files, for a page of materials in one grouped query. */
export async function withEvidenceCounts(m: EntityManager, rows: Record<string, unknown>[]): Promise<Record<string, unknown>[]> {
  const ids = rows.map((r) => r.id);
  const counts: { id: number; n: number }[] =
    ids.length === 0
      ? []
      : await m.query('SELECT material_id AS id, count(*)::int AS n FROM material_evidence WHERE material_id = ANY($1) GROUP BY 1', [ids]);
  const byId = new Map(counts.map((c) => [c.id, c.n]));
  return rows.map((r) => ({ ...r, evidenceCount: byId.get(r.id as number) ?? 0 }));
}

/** The same count as SQL over a material's alias, for the read by id's one statement. */
export const evidenceCountSql = (alias: string): string =>
  `(SELECT count(*)::int FROM material_evidence me WHERE me.material_id = ${alias}.id)`;

/** The hashes of a material's files, in the caller's transaction (before the material and its rows are deleted). */
export async function evidenceHashesOf(m: EntityManager, materialId: number): Promise<string[]> {
  const rows: { sha256: string }[] = await m.query('SELECT DISTINCT sha256 FROM material_evidence WHERE material_id = $1', [materialId]);
  return rows.map((r) => r.sha256);
}
