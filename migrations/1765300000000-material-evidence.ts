import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Files attached to a material as proof of publication. The bytes live outside the database, named by their hash
 * (server/src/evidence/evidence-store.ts); a row goes with its material, and the file with its last row.
 */
export class MaterialEvidence1765300000000 implements MigrationInterface {
  name = 'MaterialEvidence1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE material_evidence (
      id serial PRIMARY KEY,
      material_id integer NOT NULL REFERENCES materials (id) ON DELETE CASCADE,
      file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
      content_type text NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg', 'image/webp', 'application/pdf')),
      size integer NOT NULL CHECK (size > 0),
      sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      created_at timestamptz NOT NULL DEFAULT now(),
      created_by_id integer REFERENCES users (id))`);
    await q.query('CREATE INDEX material_evidence_material_idx ON material_evidence (material_id, id)');
    await q.query('CREATE INDEX material_evidence_sha256_idx ON material_evidence (sha256)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE material_evidence');
  }
}
