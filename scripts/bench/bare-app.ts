import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';

@Controller('hello')
class HelloController {
  @Get()
  hello(): { id: number; title: string } {
    return { id: 1, title: 'hello' };
  }
}

@Module({ controllers: [HelloController] })
class HelloModule {}

/** The floor for HTTP: NestJS on Fastify answering a small JSON, no guard, no database. */
export async function createBareApp(): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(HelloModule, new FastifyAdapter(), { logger: ['error'] });
  app.setGlobalPrefix('api');
  await app.init();
  return app;
}
