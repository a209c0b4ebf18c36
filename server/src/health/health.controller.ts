import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '../auth/public.decorator';

export interface Health {
  status: 'ok' | 'degraded';
  db: 'up' | 'down';
}

class HealthResponse implements Health {
  @ApiProperty({ enum: ['ok', 'degraded'] }) status: 'ok' | 'degraded';
  @ApiProperty({ enum: ['up', 'down'] }) db: 'up' | 'down';
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly ds: DataSource) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: HealthResponse })
  @ApiServiceUnavailableResponse({ type: HealthResponse, description: 'the database cannot be reached: status degraded, db down' })
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<Health> {
    const up = await Promise.race([
      this.ds.query('SELECT 1').then(
        () => true,
        () => false,
      ),
      new Promise<boolean>((ok) => setTimeout(() => ok(false), 2000).unref()),
    ]);
    if (!up) reply.status(503);
    return { status: up ? 'ok' : 'degraded', db: up ? 'up' : 'down' };
  }
}
