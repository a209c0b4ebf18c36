import { hash } from 'bcryptjs';
import { DataSource } from 'typeorm';
import { loadDemoData, loadReferenceData } from '../../../seed';

export interface PreparedDatabase {
  migrated: string[];
  referenceLoaded: boolean;
  demoLoaded: boolean;
}

export const DEMO_PASSWORD = 'demo12345';

/** Migrates, then fills an empty database: reference data always, the demo dataset when asked. */
export async function prepareDatabase(ds: DataSource, demoData: boolean): Promise<PreparedDatabase> {
  const migrated = (await ds.runMigrations({ transaction: 'each' })).map((m) => m.name);
  return ds.transaction(async (m) => {
    await m.query('LOCK TABLE regions IN EXCLUSIVE MODE');
    const [{ n }]: { n: number }[] = await m.query('SELECT count(*)::int AS n FROM regions');
    if (n > 0) return { migrated, referenceLoaded: false, demoLoaded: false };
    await loadReferenceData(m);
    if (!demoData) return { migrated, referenceLoaded: true, demoLoaded: false };
    await loadDemoData(m, { passwordHash: await hash(DEMO_PASSWORD, 10) });
    return { migrated, referenceLoaded: true, demoLoaded: true };
  });
}
