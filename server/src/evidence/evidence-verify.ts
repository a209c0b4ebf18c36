import { DataSource } from 'typeorm';
import { digestOf, EvidenceStore } from './evidence-store';
import { lockFile } from './evidence-lock';

/** A hash that rows name but the store does not hold as such. */
export interface EvidenceProblem {
  sha256: string;
  /** The rows (material_evidence ids) that name it. */
  ids: number[];
  problem: 'missing' | 'wrongHash';
}

export interface EvidenceReport {
  /** Distinct files the rows name, each read back and hashed. */
  checked: number;
  /** Errors: a row without its file, or a file whose bytes no longer hash to its name. */
  problems: EvidenceProblem[];
  /** Files no row names: left by a crash between a file's write and its row's insert, or by a removal cut short. */
  unreferenced: string[];
  /** Pieces of writes that never finished, older than an hour. */
  staleParts: string[];
  /** With prune: the unreferenced files and stale pieces removed. */
  pruned: number;
}

const HOUR_MS = 3_600_000;

/**
 * Checks that every row's file is there with the right hash, and lists the files no row names; with `prune`, removes
 * those (each under its file lock, checked again, so that an upload in flight keeps its file).
 */
export async function verifyEvidence(ds: DataSource, store: EvidenceStore, options: { prune: boolean }): Promise<EvidenceReport> {
  const rows: { sha256: string; ids: number[] }[] = await ds.query(
    'SELECT sha256, array_agg(id ORDER BY id) AS ids FROM material_evidence GROUP BY sha256 ORDER BY sha256',
  );
  const problems: EvidenceProblem[] = [];
  for (const { sha256, ids } of rows) {
    if (!(await store.has(sha256))) problems.push({ sha256, ids, problem: 'missing' });
    else if ((await digestOf(store, sha256)) !== sha256) problems.push({ sha256, ids, problem: 'wrongHash' });
  }
  const named = new Set(rows.map((r) => r.sha256));
  const unreferenced: string[] = [];
  for await (const sha256 of store.list()) if (!named.has(sha256)) unreferenced.push(sha256);
  const staleParts = await store.staleParts(HOUR_MS);
  let pruned = 0;
  if (options.prune) {
    for (const sha256 of unreferenced) {
      await ds.transaction(async (m) => {
        await lockFile(m, sha256);
        const [{ used }]: { used: boolean }[] = await m.query('SELECT EXISTS (SELECT 1 FROM material_evidence WHERE sha256 = $1) AS used', [
          sha256,
        ]);
        if (used) return;
        await store.delete(sha256);
        pruned++;
      });
    }
    for (const part of staleParts) {
      await store.removePart(part);
      pruned++;
    }
  }
  return { checked: rows.length, problems, unreferenced, staleParts, pruned };
}
