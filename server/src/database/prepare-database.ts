import { Logger } from '@nestjs/common';
import { hash } from 'bcryptjs';
import { DataSource, EntityManager } from 'typeorm';
import { loadDemoData, loadReferenceData } from '../../../seed';
import { AppConfig, INITIAL_ADMIN_NAME } from '../config/app-config';
import { PASSWORD_HASH_ROUNDS } from '../users/users.service';

export interface PreparedDatabase {
  migrated: string[];
  referenceLoaded: boolean;
  demoLoaded: boolean;
  adminCreated: boolean;
}

export const DEMO_PASSWORD = 'demo12345';

/** Without demo data, the first administrator comes from ADMIN_LOGIN/ADMIN_PASSWORD when nobody can sign in yet. */
async function createInitialAdmin(m: EntityManager, config: Pick<AppConfig, 'adminLogin' | 'adminPassword'>): Promise<boolean> {
  const [{ n }]: { n: number }[] = await m.query('SELECT count(*)::int AS n FROM users');
  if (n > 0) return false;
  if (!config.adminPassword) {
    new Logger('Database').warn('No users yet: set ADMIN_PASSWORD (and ADMIN_LOGIN) to create the first administrator');
    return false;
  }
  await m.query(`INSERT INTO users (login, password_hash, full_name, role, locale) VALUES ($1, $2, $3, 'admin', 'ru')`, [
    config.adminLogin,
    await hash(config.adminPassword, PASSWORD_HASH_ROUNDS),
    INITIAL_ADMIN_NAME,
  ]);
  return true;
}

/** Migrates, then fills an empty database: reference data always, the demo dataset when asked. */
export async function prepareDatabase(
  ds: DataSource,
  config: Pick<AppConfig, 'demoData' | 'adminLogin' | 'adminPassword'>,
): Promise<PreparedDatabase> {
  const migrated = (await ds.runMigrations({ transaction: 'each' })).map((m) => m.name);
  return ds.transaction(async (m) => {
    await m.query('LOCK TABLE regions IN EXCLUSIVE MODE');
    const [{ n }]: { n: number }[] = await m.query('SELECT count(*)::int AS n FROM regions');
    const fresh = n === 0;
    if (fresh) await loadReferenceData(m);
    const demoLoaded = fresh && config.demoData;
    if (demoLoaded) await loadDemoData(m, { passwordHash: await hash(DEMO_PASSWORD, PASSWORD_HASH_ROUNDS) });
    const adminCreated = await createInitialAdmin(m, config);
    return { migrated, referenceLoaded: fresh, demoLoaded, adminCreated };
  });
}
