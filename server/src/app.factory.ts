import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { dirname, join } from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { BadRequestException, Logger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { depthMessage, MAX_JSON_DEPTH, nestsDeeperThan } from './common/json-depth';
import { nulMessage, pathOfNul } from './common/pg-limits';
import { validationPipe } from './common/validation';
import { refusal } from './common/coded-error';
import { registerEtags } from './common/etag';
import { AppConfig, trustProxyOption } from './config/app-config';
import { prepareDatabase } from './database/prepare-database';

/** The built admin UI, looked up from this file so that it is found from sources and from dist alike. */
function findUiDir(config: AppConfig): string | null {
  if (config.uiDir) return config.uiDir;
  for (let d = __dirname; d !== dirname(d); d = dirname(d)) {
    const candidate = join(d, 'admin-ui', 'dist');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
  }
  return null;
}

/**
 * Vite names every built asset by its content's hash, so a browser may keep it for a year; index.html names the
 * current ones and is checked on every visit, so that a release is picked up at once.
 */
function uiCacheHeaders(reply: { header(name: string, value: string): unknown }, path: string): void {
  if (/[\\/]assets[\\/]/.test(path)) reply.header('Cache-Control', 'public, max-age=31536000, immutable');
  else if (path.endsWith('.html')) reply.header('Cache-Control', 'no-cache');
}

export async function createApp(config: AppConfig, databaseUrl: string, logLevels?: LogLevel[]): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: 1024 * 1024,
    trustProxy: trustProxyOption(config.trustProxy),
    requestTimeout: 60_000,
    connectionTimeout: 60_000,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, databaseUrl), adapter, {
    logger: logLevels ?? ['warn', 'error'],
  });
  app.setGlobalPrefix('api');
  const fastify = app.getHttpAdapter().getInstance();
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  // Deep nesting is refused before parsing: the parser, the NUL check and validation all recurse over the value.
  app.useBodyParser<Server>('application/json', { bodyLimit: fastify.initialConfig.bodyLimit }, (req, body, done) => {
    if (nestsDeeperThan(body, MAX_JSON_DEPTH))
      done(refusal(BadRequestException, 'validation.tooDeep', [depthMessage('body')], { max: MAX_JSON_DEPTH }, 'body'), undefined);
    else parseJson(req, body.toString('utf8'), done);
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (_req, reply) => {
      reply.header('Access-Control-Expose-Headers', 'Content-Range, X-Total-Count-Estimated');
    })
    .addHook('preValidation', async (req, reply) => {
      const field = pathOfNul(req.body, '') ?? pathOfNul(req.query, '');
      if (field === null) return;
      await reply.code(400).send({
        statusCode: 400,
        message: [nulMessage(field || 'body')],
        error: 'Bad Request',
        code: 'validation.nul',
        field: field || 'body',
        params: {},
      });
      return reply;
    });
  registerEtags(fastify);
  app.useGlobalPipes(validationPipe());
  // Built once here: @fastify/helmet builds helmet's middleware anew on every request (5% of a read by id's CPU).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        // blob: for the thumbnails of evidence files, which the UI fetches with its token and shows from memory.
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
      },
    },
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (req, reply, done) => securityHeaders(req.raw, reply.raw, (err) => done(err instanceof Error ? err : undefined)));
  const origins = config.corsOrigins.split(',').filter(Boolean);
  app.enableCors({
    origin: origins.length > 0 ? origins : false,
    exposedHeaders: ['Content-Range', 'X-Total-Count-Estimated'],
    credentials: false,
  });
  await app.register(fastifyMultipart, { limits: { fileSize: config.importMaxBytes, files: 1, fields: 10, parts: 20 } });

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Outreach back-office API')
      .setDescription('Materials, outlets, media plans and the national count; ra-data-simple-rest dialect.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  const uiDir = findUiDir(config);
  if (uiDir) {
    await app.register(fastifyStatic, { root: uiDir, prefix: '/', index: ['index.html'], setHeaders: uiCacheHeaders });
  } else {
    new Logger('App').warn('admin-ui/dist not found: the UI is not served (run npm run build)');
  }

  await app.init();
  await prepareDatabase(app.get(DataSource), config);
  return app;
}
