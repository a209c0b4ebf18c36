import { createSecretKey } from 'node:crypto';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEventsModule } from './audit-events/audit-events.module';
import { AuthModule } from './auth/auth.module';
import { AuthGuard } from './auth/auth.guard';
import { HttpExceptionFilter } from './common/http-exception.filter';
import { ReadSource, WriteTracker } from './common/read-source';
import { AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source';
import { ReadRouter } from './database/read-router';
import { DirectionsModule } from './directions/directions.module';
import { EvidenceModule } from './evidence/evidence.module';
import { HealthController } from './health/health.controller';
import { HealthService } from './health/health.service';
import { ImportsModule } from './imports/imports.module';
import { InboxModule } from './inbox/inbox.module';
import { MaterialsModule } from './materials/materials.module';
import { MediaPlanItemsModule } from './media-plan-items/media-plan-items.module';
import { MediaPlansModule } from './media-plans/media-plans.module';
import { OutletsModule } from './outlets/outlets.module';
import { RegionsModule } from './regions/regions.module';
import { QuartersModule } from './quarters/quarters.module';
import { ReferencesModule } from './references/references.module';
import { ReportsModule } from './reports/reports.module';
import { RollupsModule } from './rollups/rollups.module';
import { RubricsModule } from './rubrics/rubrics.module';
import { SpecialProjectsModule } from './special-projects/special-projects.module';
import { TargetAudiencesModule } from './target-audiences/target-audiences.module';
import { UsersModule } from './users/users.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      global: true,
      exports: [AppConfig, ReadRouter, ReadSource],
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl)),
        // A KeyObject: given a string, jsonwebtoken first tries it as a public key on every verify (about 0.5 ms).
        JwtModule.register({
          global: true,
          secret: createSecretKey(Buffer.from(config.jwtSecret)),
          signOptions: { expiresIn: config.jwtExpiresIn as `${number}h` },
        }),
        AuthModule,
        RegionsModule,
        DirectionsModule,
        SpecialProjectsModule,
        TargetAudiencesModule,
        ReferencesModule,
        OutletsModule,
        RubricsModule,
        MaterialsModule,
        EvidenceModule,
        MediaPlansModule,
        MediaPlanItemsModule,
        UsersModule,
        AuditEventsModule,
        RollupsModule,
        QuartersModule,
        ReportsModule,
        ImportsModule,
        InboxModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: AppConfig, useValue: config },
        HealthService,
        ReadRouter,
        { provide: ReadSource, useExisting: ReadRouter },
        { provide: APP_INTERCEPTOR, useClass: WriteTracker },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: HttpExceptionFilter },
      ],
    };
  }
}
