import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../../src/app.factory';
import { loadConfig } from '../../src/config/app-config';
import { createTestDatabase } from './test-database';

export interface TestApp {
  url: string;
  app: NestFastifyApplication;
  databaseUrl: string;
  close(): Promise<void>;
}

/** The whole app (API and built UI) on a random port, over a fresh copy of the demo database. */
export async function startTestApp(
  env: NodeJS.ProcessEnv = {},
  contents: 'demo' | 'empty' = 'demo',
  databaseUrl?: string,
): Promise<TestApp> {
  const db = databaseUrl ? { url: databaseUrl, drop: async () => undefined } : await createTestDatabase(contents);
  const config = loadConfig({ NODE_ENV: 'test', ...env }, () => 'test-secret-that-is-long-enough');
  const app = await createApp(config, db.url, ['error']);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    databaseUrl: db.url,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
