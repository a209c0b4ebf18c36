import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BackupError, backupDatabase, restoreDatabase } from './backup-archive';
import { embeddedDatabaseUrl, startEmbeddedDatabase } from '../server/src/database/embedded-database';
import { ConfigError, loadEvidenceStoreSettings } from '../server/src/config/app-config';
import { createEvidenceStore } from '../server/src/evidence/evidence-stores';

const USAGE = `usage: node backup.js backup [file]
       node backup.js restore <file> [--force] [--rebuild-counters]
Uses DATABASE_URL when set, otherwise the embedded PostgreSQL in DATA_DIR (default ./.data); the evidence files are
read from and restored into the app's evidence store (EVIDENCE_STORE: DATA_DIR/evidence, or the EVIDENCE_S3_* bucket).`;

interface Database {
  url: string;
  stop(): Promise<void>;
}

/** The port of the embedded PostgreSQL when the app (or a PostgreSQL it left behind) is running on DATA_DIR. */
function runningEmbeddedPort(pgDir: string): number | null {
  const pidFile = resolve(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  // postmaster.pid: line 1 the PID, line 4 the port.
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  try {
    process.kill(Number(lines[0]), 0);
  } catch {
    return null;
  }
  const port = Number(lines[3]);
  if (!(port > 0)) throw new BackupError(`PostgreSQL (pid ${lines[0]}) is starting on ${pgDir}: try again in a moment`);
  return port;
}

async function openDatabase(command: 'backup' | 'restore'): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, stop: async () => undefined };
  const dataDir = resolve(process.env.DATA_DIR || './.data');
  const pgDir = resolve(dataDir, 'pg');
  const port = runningEmbeddedPort(pgDir);
  if (port) return { url: embeddedDatabaseUrl(port), stop: async () => undefined };
  if (command === 'backup' && !existsSync(resolve(pgDir, 'PG_VERSION'))) {
    throw new BackupError(`no embedded database in ${pgDir}: set DATA_DIR to the app's data folder, or DATABASE_URL`);
  }
  return startEmbeddedDatabase(dataDir, (line) => console.log(line));
}

function defaultBackupFile(): string {
  return `backoffice-${new Date().toISOString().replace(/[:.]/g, '-')}.backup.gz`;
}

async function main(): Promise<void> {
  const [command, file, ...flags] = process.argv.slice(2);
  const unknownFlags = flags.filter((f) => f !== '--force' && f !== '--rebuild-counters');
  if ((command !== 'backup' && command !== 'restore') || (command === 'restore' && !file) || unknownFlags.length > 0) {
    console.error(USAGE);
    process.exit(2);
  }
  const store = await createEvidenceStore(loadEvidenceStoreSettings(process.env), process.env.DATA_DIR || './.data');
  const db = await openDatabase(command);
  try {
    if (command === 'backup') {
      const target = file ?? defaultBackupFile();
      const header = await backupDatabase(db.url, target, store);
      const rows = header.tables.reduce((s, t) => s + t.rows, 0);
      console.log(
        `backed up ${header.tables.length} tables, ${rows} rows, ${header.files ?? 0} evidence files (${header.migrations.length} migrations) to ${target}`,
      );
    } else {
      const { header, upgradedBy } = await restoreDatabase(
        db.url,
        file,
        { force: flags.includes('--force'), rebuildCounters: flags.includes('--rebuild-counters') },
        store,
      );
      const rows = header.tables.reduce((s, t) => s + t.rows, 0);
      console.log(
        `restored ${header.tables.length} tables, ${rows} rows from ${file} (made ${header.createdAt}), ${header.files ?? 0} evidence files`,
      );
      if (upgradedBy.length > 0) console.log(`then applied the newer migrations ${upgradedBy.join(', ')}`);
      console.log('counters agree with materials');
    }
  } finally {
    await db.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof BackupError || e instanceof ConfigError ? e.message : e);
  process.exit(1);
});
