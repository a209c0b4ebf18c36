import { EVIDENCE_MAX_BYTES, EVIDENCE_MAX_FILES, type EvidenceType } from '../../../contracts/evidence';
import type { ErrorCode } from '../../../contracts/errors';

/** What the file input offers: the types the server takes (it checks the content again whatever is picked). */
export const EVIDENCE_ACCEPT = 'image/png,image/jpeg,image/webp,application/pdf';
/** What the camera button offers: a photo, or a PDF a phone's scanner app makes. */
export const CAMERA_ACCEPT = 'image/*,application/pdf';

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0): boolean =>
  bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** The type a file's first bytes show (12 are enough), as the server tells it, whatever its name says; null for any other. */
export const evidenceTypeOf = (head: Uint8Array): EvidenceType | null => {
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(head, ascii('%PDF-'))) return 'application/pdf';
  return null;
};

export type EvidenceRefusal = Extract<ErrorCode, 'evidence.tooLarge' | 'evidence.tooMany' | 'evidence.unsupportedType'>;

/** The server's refusal of a file, said before sending it: too large, or not a PNG, JPEG, WebP or PDF by its first bytes. */
export const checkEvidenceFile = async (file: File): Promise<EvidenceRefusal | null> => {
  if (file.size > EVIDENCE_MAX_BYTES) return 'evidence.tooLarge';
  const head = new Uint8Array(await file.slice(0, 12).arrayBuffer());
  return evidenceTypeOf(head) ? null : 'evidence.unsupportedType';
};

/** How many more files a material with `attached` (and `sending` on their way) may take. */
export const roomFor = (attached: number, sending: number): number => Math.max(0, EVIDENCE_MAX_FILES - attached - sending);

/** A file size as the UI says it: kilobytes under a megabyte, else megabytes with one decimal. */
export const sizeUnits = (bytes: number): { key: 'kb' | 'mb'; value: number } =>
  bytes < 1024 * 1024 ? { key: 'kb', value: Math.max(1, Math.round(bytes / 1024)) } : { key: 'mb', value: bytes / (1024 * 1024) };
