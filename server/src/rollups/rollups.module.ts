import { Module } from '@nestjs/common';
import { RollupsController } from './rollups.controller';
import { AnalyticsService } from './analytics.service';
import { RollupsService } from './rollups.service';

@Module({ controllers: [RollupsController], providers: [RollupsService, AnalyticsService], exports: [RollupsService] })
export class RollupsModule {}
