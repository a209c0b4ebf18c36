import { resolve } from 'node:path';
import { EvidenceStoreSettings } from '../config/app-config';
import { DiskEvidenceStore, evidenceDir, EvidenceStore } from './evidence-store';
import { loadS3Sdk, s3Client, S3EvidenceStore } from './s3-evidence-store';

/** The store the settings name: the app, verify-evidence and the backup all take it from here. */
export async function createEvidenceStore(settings: EvidenceStoreSettings, dataDir: string): Promise<EvidenceStore> {
  if (settings.kind === 'disk') return new DiskEvidenceStore(evidenceDir(resolve(dataDir)));
  const sdk = await loadS3Sdk();
  const store = new S3EvidenceStore(sdk, s3Client(sdk, settings), settings.bucket);
  await store.checkBucket();
  return store;
}
