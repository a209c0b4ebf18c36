import { Client, QueryResult } from 'pg';
import { api, tokenFor } from './http';
import { startTestApp, TestApp } from './test-app';

export type Api = ReturnType<typeof api>;

/** The demo users an API test acts as, by the part they play in it. */
export const LOGINS = {
  rpo: 'rpo-north-kazakhstan',
  otherRpo: 'rpo-aktobe',
  analyst: 'analyst',
  approver: 'approver',
  admin: 'admin',
} as const;

export type Who = keyof typeof LOGINS;

export interface AppSession<W extends Who> {
  /** An API client signed in as each user asked for. */
  as: Record<W, Api>;
  /** The app's database. */
  db: { query: (text: string, values?: unknown[]) => Promise<QueryResult> };
  /** The app, once started. */
  readonly app: TestApp;
  regionId(code: string): Promise<number>;
  /** The first year from 2021 to 2025 for which the region has no plan yet. */
  freePlanYear(regionId: number): Promise<number>;
}

/**
 * The demo app for the test file, a client of its database and a session per user, started in the file's beforeAll
 * and closed in its afterAll. Everything it returns may be taken apart at once: each call reaches the app when made.
 */
export function useAppSession<W extends Who>(...who: W[]): AppSession<W> {
  let started: { app: TestApp; client: Client; tokens: Record<string, string> } | undefined;
  const running = () => {
    if (!started) throw new Error('the app starts in beforeAll');
    return started;
  };

  beforeAll(async () => {
    const app = await startTestApp();
    const client = new Client({ connectionString: app.databaseUrl });
    await client.connect();
    const tokens: Record<string, string> = {};
    for (const w of who) tokens[w] = await tokenFor(app, LOGINS[w]);
    started = { app, client, tokens };
  });

  afterAll(async () => {
    await started?.client.end();
    await started?.app.close();
  });

  const signedIn = (w: W): Api => {
    const real = () => api(running().app, running().tokens[w]);
    return {
      get: (path) => real().get(path),
      post: (path, body) => real().post(path, body),
      put: (path, body) => real().put(path, body),
      delete: (path) => real().delete(path),
    };
  };
  const db = { query: (text: string, values?: unknown[]) => running().client.query(text, values) };

  return {
    as: Object.fromEntries(who.map((w) => [w, signedIn(w)])) as Record<W, Api>,
    db,
    get app() {
      return running().app;
    },
    regionId: async (code) => (await db.query('SELECT id FROM regions WHERE code = $1', [code])).rows[0].id,
    freePlanYear: async (regionId) =>
      (
        await db.query(
          `SELECT min(y)::int AS y FROM generate_series(2021, 2025) y WHERE NOT EXISTS (SELECT 1 FROM media_plans WHERE region_id = $1 AND year = y)`,
          [regionId],
        )
      ).rows[0].y,
  };
}
