import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { ConflictException, Injectable, UnsupportedMediaTypeException } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { EVIDENCE_MAX_FILES, EVIDENCE_TYPES, Evidence } from '../../../contracts/evidence';
import { assertReadable, assertWritable, mayRead } from '../common/access-policy';
import { Actor } from '../common/actor';
import { audit } from '../common/audit';
import { notFound, refusal } from '../common/coded-error';
import { ReadSource } from '../common/read-source';
import { assertQuarterOpen } from '../quarters/quarter-lock';
import { sanitizeEvidenceName, sniffEvidenceType } from './evidence-files';
import { lockFile } from './evidence-lock';
import { EvidenceStore } from './evidence-store';

interface EvidenceRow extends Omit<Evidence, 'createdAt'> {
  createdAt: Date;
}

interface MaterialScope {
  regionId: number;
  publishedOn: string;
}

const COLUMNS = `e.id, e.material_id AS "materialId", e.file_name AS "fileName", e.content_type AS "contentType", e.size,
  e.sha256, e.created_at AS "createdAt", e.created_by_id AS "createdById"`;

const answer = (row: EvidenceRow): Evidence => ({ ...row, createdAt: row.createdAt.toISOString() });

/** What an audit event keeps of a file. */
const audited = (e: Evidence) => ({ id: e.id, fileName: e.fileName, contentType: e.contentType, size: e.size, sha256: e.sha256 });

/**
 * Evidence of publication: files attached to a material, read and written as the material is (its region, its
 * quarter's lock, its writers). The bytes go to the EvidenceStore before the row that names them, in the row's
 * transaction: a crash between the two leaves at most a file no row names, which `npm run verify-evidence` reports and
 * `--prune` removes, never a row without its file.
 */
@Injectable()
export class EvidenceService {
  constructor(
    private readonly ds: DataSource,
    private readonly reads: ReadSource,
    private readonly store: EvidenceStore,
  ) {}

  /**
   * The material, locked against its deletion, its edits and other uploads to it (FOR NO KEY UPDATE), when the actor
   * may change it and its quarter is open.
   */
  private async writableMaterial(m: EntityManager, materialId: number, actor: Actor, missing = () => notFound('materials', materialId)) {
    const [material]: MaterialScope[] = await m.query(
      `SELECT region_id AS "regionId", published_on::text AS "publishedOn" FROM materials WHERE id = $1 FOR NO KEY UPDATE`,
      [materialId],
    );
    if (!material || !mayRead('materials', actor, material.regionId)) throw missing();
    assertWritable('materials', actor, material.regionId);
    await assertQuarterOpen(m, material.regionId, material.publishedOn);
    return material;
  }

  async add(materialId: number, upload: { fileName: string; bytes: Buffer }, actor: Actor): Promise<Evidence> {
    const contentType = sniffEvidenceType(upload.bytes);
    if (contentType === null) {
      throw refusal(
        UnsupportedMediaTypeException,
        'evidence.unsupportedType',
        `file: the content is not one of ${EVIDENCE_TYPES.join(', ')}`,
        { types: 'PNG, JPEG, WebP, PDF' },
        'file',
      );
    }
    const fileName = sanitizeEvidenceName(upload.fileName, contentType);
    const sha256 = createHash('sha256').update(upload.bytes).digest('hex');
    return this.ds.transaction(async (m) => {
      const material = await this.writableMaterial(m, materialId, actor);
      const [{ n }]: { n: number }[] = await m.query('SELECT count(*)::int AS n FROM material_evidence WHERE material_id = $1', [
        materialId,
      ]);
      if (n >= EVIDENCE_MAX_FILES) {
        throw refusal(
          ConflictException,
          'evidence.tooMany',
          `file: a material keeps at most ${EVIDENCE_MAX_FILES} files`,
          { max: EVIDENCE_MAX_FILES },
          'file',
        );
      }
      await lockFile(m, sha256);
      const stored = await this.store.put(upload.bytes, sha256);
      const [row]: EvidenceRow[] = await m.query(
        `INSERT INTO material_evidence AS e (material_id, file_name, content_type, size, sha256, created_by_id)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
        [materialId, fileName, contentType, stored.size, sha256, actor.id],
      );
      const evidence = answer(row);
      await audit(m, {
        userId: actor.id,
        action: 'evidence_add',
        resource: 'materials',
        recordId: materialId,
        regionId: material.regionId,
        changes: { evidence: { before: null, after: audited(evidence) } },
      });
      return evidence;
    });
  }

  /** A material's files, oldest first. */
  list(materialId: number, actor: Actor): Promise<Evidence[]> {
    return this.reads.list(actor, async (ds) => {
      const [material]: { regionId: number }[] = await ds.query('SELECT region_id AS "regionId" FROM materials WHERE id = $1', [
        materialId,
      ]);
      if (!material) throw notFound('materials', materialId);
      assertReadable('materials', actor, material.regionId, materialId);
      const rows: EvidenceRow[] = await ds.query(`SELECT ${COLUMNS} FROM material_evidence e WHERE e.material_id = $1 ORDER BY e.id`, [
        materialId,
      ]);
      return rows.map(answer);
    });
  }

  /** A file's record and its bytes. */
  async open(id: number, actor: Actor): Promise<{ evidence: Evidence; body: Readable }> {
    const [row]: (EvidenceRow & { regionId: number })[] = await this.ds.query(
      `SELECT ${COLUMNS}, m.region_id AS "regionId" FROM material_evidence e JOIN materials m ON m.id = e.material_id WHERE e.id = $1`,
      [id],
    );
    if (!row || !mayRead('materials', actor, row.regionId)) throw notFound('evidence', id);
    const { regionId: _region, ...evidence } = row;
    return { evidence: answer(evidence), body: await this.store.get(row.sha256) };
  }

  async remove(id: number, actor: Actor): Promise<void> {
    const removed = await this.ds.transaction(async (m) => {
      const [found]: { materialId: number }[] = await m.query('SELECT material_id AS "materialId" FROM material_evidence WHERE id = $1', [
        id,
      ]);
      if (!found) throw notFound('evidence', id);
      const material = await this.writableMaterial(m, found.materialId, actor, () => notFound('evidence', id));
      const [row]: EvidenceRow[] = await m.query(`SELECT ${COLUMNS} FROM material_evidence e WHERE e.id = $1`, [id]);
      if (!row) throw notFound('evidence', id);
      await m.query('DELETE FROM material_evidence WHERE id = $1', [id]);
      const evidence = answer(row);
      await audit(m, {
        userId: actor.id,
        action: 'evidence_remove',
        resource: 'materials',
        recordId: evidence.materialId,
        regionId: material.regionId,
        changes: { evidence: { before: audited(evidence), after: null } },
      });
      return evidence;
    });
    await this.release([removed.sha256]);
  }

  /**
   * Deletes the files that no row names any more, after the rows' removal was committed; a crash before this leaves
   * only files that verify-evidence reports as unreferenced.
   */
  async release(hashes: readonly string[]): Promise<void> {
    for (const sha256 of new Set(hashes)) {
      await this.ds.transaction(async (m) => {
        await lockFile(m, sha256);
        const [{ used }]: { used: boolean }[] = await m.query('SELECT EXISTS (SELECT 1 FROM material_evidence WHERE sha256 = $1) AS used', [
          sha256,
        ]);
        if (!used) await this.store.delete(sha256);
      });
    }
  }
}
