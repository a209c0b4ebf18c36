import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/public.decorator';
import { HealthService } from './health.service';

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
  constructor(private readonly service: HealthService) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: HealthResponse })
  @ApiServiceUnavailableResponse({ type: HealthResponse, description: 'the database cannot be reached: status degraded, db down' })
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<Health> {
    const up = await this.service.databaseUp();
    if (!up) reply.status(503);
    return { status: up ? 'ok' : 'degraded', db: up ? 'up' : 'down' };
  }
}
