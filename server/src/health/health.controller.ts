import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/public.decorator';
import { ReadRouter, ReplicaState } from '../database/read-router';
import { HealthService } from './health.service';

export interface Health {
  status: 'ok' | 'degraded';
  db: 'up' | 'down';
  replicas: ReplicaState[];
}

class ReplicaResponse implements ReplicaState {
  @ApiProperty({ example: 'replica-1:5432', description: 'host and port of a DATABASE_REPLICA_URLS entry' }) url: string;
  @ApiProperty({ description: 'reachable and a standby, at the last check' }) up: boolean;
  @ApiProperty({ type: Number, nullable: true, description: 'seconds behind the primary; null while down' }) lagSeconds: number | null;
  @ApiProperty({ description: 'up and within REPLICA_MAX_LAG: reads are sent to it' }) used: boolean;
}

class HealthResponse implements Health {
  @ApiProperty({ enum: ['ok', 'degraded'] }) status: 'ok' | 'degraded';
  @ApiProperty({ enum: ['up', 'down'] }) db: 'up' | 'down';
  @ApiProperty({
    type: [ReplicaResponse],
    description: 'the read replicas (a replica down leaves the status ok: the primary serves its reads)',
  })
  replicas: ReplicaState[];
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly service: HealthService,
    private readonly replicas: ReadRouter,
  ) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: HealthResponse })
  @ApiServiceUnavailableResponse({ type: HealthResponse, description: 'the database cannot be reached: status degraded, db down' })
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<Health> {
    const up = await this.service.databaseUp();
    if (!up) reply.status(503);
    return { status: up ? 'ok' : 'degraded', db: up ? 'up' : 'down', replicas: this.replicas.states };
  }
}
