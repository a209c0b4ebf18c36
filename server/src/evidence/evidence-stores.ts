import { resolve } from 'node:path';
import { EvidenceStoreSettings } from '../config/app-config';
import { DiskEvidenceStore, evidenceDir, EvidenceStore } from './evidence-store';
import { s3Client, S3EvidenceStore } from './s3-evidence-store';

/** The store the settings name: the app, verify-evidence and the backup all take it from here. */
export function createEvidenceStore(settings: EvidenceStoreSettings, dataDir: string): EvidenceStore {
  if (settings.kind === 's3') return new S3EvidenceStore(s3Client(settings), settings.bucket);
  return new DiskEvidenceStore(evidenceDir(resolve(dataDir)));
}
