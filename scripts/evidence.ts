import 'reflect-metadata';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../server/src/database/data-source';
import { ConfigError, loadEvidenceStoreSettings } from '../server/src/config/app-config';
import { evidenceDir } from '../server/src/evidence/evidence-store';
import { createEvidenceStore } from '../server/src/evidence/evidence-stores';
import { verifyEvidence } from '../server/src/evidence/evidence-verify';

/**
 * `verify` checks that every evidence row has its file with the right hash (exit 1 when not) and reports the files
 * no row names; `--prune` removes those. Uses DATABASE_URL and the app's evidence store settings (EVIDENCE_STORE, DATA_DIR
 * (default ./.data) or EVIDENCE_S3_*).
 */
async function main(): Promise<void> {
  const [command, ...flags] = process.argv.slice(2);
  const url = process.env.DATABASE_URL;
  if (!url || command !== 'verify' || flags.some((f) => f !== '--prune')) {
    console.error('usage: DATABASE_URL=postgres://... [DATA_DIR=./.data] node evidence.js verify [--prune]');
    process.exit(2);
  }
  const settings = loadEvidenceStoreSettings(process.env);
  const dataDir = resolve(process.env.DATA_DIR || './.data');
  const store = await createEvidenceStore(settings, dataDir);
  const where = settings.kind === 's3' ? `bucket ${settings.bucket}` : evidenceDir(dataDir);
  const ds = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    const report = await verifyEvidence(ds, store, { prune: flags.includes('--prune') });
    for (const p of report.problems.slice(0, 50)) {
      console.log(`${p.problem === 'missing' ? 'missing file' : 'wrong hash'} ${p.sha256} (rows ${p.ids.join(', ')})`);
    }
    for (const sha256 of report.unreferenced.slice(0, 50)) console.log(`unreferenced file ${sha256}`);
    for (const part of report.staleParts.slice(0, 50)) console.log(`unfinished write .parts/${part}`);
    console.log(
      `${report.checked} files checked in ${where}: ${report.problems.length} errors, ${report.unreferenced.length} unreferenced, ` +
        `${report.staleParts.length} unfinished writes${flags.includes('--prune') ? `, ${report.pruned} removed` : ''}`,
    );
    process.exitCode = report.problems.length === 0 ? 0 : 1;
  } finally {
    await ds.destroy();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(2);
});
