/** The kinds of evidence files, by the media type their content shows. */
export const EVIDENCE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

/** At most this many bytes a file. */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
/** At most this many files a material. */
export const EVIDENCE_MAX_FILES = 5;
/** A stored file name is cut to this many characters. */
export const EVIDENCE_NAME_MAX = 200;

/** POST /api/materials/:id/evidence, GET /api/materials/:id/evidence: a file attached to a material as proof of publication. */
export interface Evidence {
  id: number;
  materialId: number;
  fileName: string;
  contentType: EvidenceType;
  size: number;
  /** Of the file's bytes, hex: GET /api/evidence/:id answers exactly these bytes. */
  sha256: string;
  createdAt: string;
  createdById: number | null;
}
