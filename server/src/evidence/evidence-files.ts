import { EVIDENCE_NAME_MAX, EvidenceType } from '../../../contracts/evidence';

const startsWith = (bytes: Buffer, signature: number[], at = 0): boolean =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** The type a file's content shows by its first bytes, whatever its name or declared type say; null when not one of ours. */
export function sniffEvidenceType(bytes: Buffer): EvidenceType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  return null;
}

const EXTENSIONS: Record<EvidenceType, readonly string[]> = {
  'image/png': ['.png'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/webp': ['.webp'],
  'application/pdf': ['.pdf'],
};

/** Control and format characters (bidi overrides, zero-width), once whitespace is a plain space. */
const UNSAFE = /[\p{Cc}\p{Cf}]/gu;

/**
 * A name safe to store and to send back in Content-Disposition: the last part of any path, without control or bidi
 * characters, trimmed of spaces and leading dots, at most EVIDENCE_NAME_MAX characters, ending in an extension of its
 * real type (Cyrillic and other letters stay).
 */
export function sanitizeEvidenceName(raw: string, type: EvidenceType): string {
  const base = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .replace(/\s+/g, ' ')
    .replace(UNSAFE, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/ {2,}/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const extensions = EXTENSIONS[type];
  const stem = cleaned === '' ? 'evidence' : cleaned;
  const extension = extensions.find((e) => stem.toLowerCase().endsWith(e));
  const [name, ext] = extension ? [stem.slice(0, -extension.length), stem.slice(-extension.length)] : [stem, extensions[0]];
  const kept = [...name].slice(0, EVIDENCE_NAME_MAX - ext.length).join('');
  return `${kept.trimEnd() || 'evidence'}${ext}`;
}
