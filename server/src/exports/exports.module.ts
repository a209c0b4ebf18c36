import { Module } from '@nestjs/common';
import { AuditEventsModule } from '../audit-events/audit-events.module';
import { MaterialsModule } from '../materials/materials.module';
import { MediaPlansModule } from '../media-plans/media-plans.module';
import { DirectionsModule } from '../directions/directions.module';
import { MediaPlanItemsModule } from '../media-plan-items/media-plan-items.module';
import { OutletsModule } from '../outlets/outlets.module';
import { RegionsModule } from '../regions/regions.module';
import { RubricsModule } from '../rubrics/rubrics.module';
import { SpecialProjectsModule } from '../special-projects/special-projects.module';
import { TargetAudiencesModule } from '../target-audiences/target-audiences.module';
import { UsersModule } from '../users/users.module';
import { TableExportsController } from './table-exports.controller';
import { TableExportsService } from './table-exports.service';
import { ListExportsController } from './list-exports.controller';
import { ListExportsService } from './list-exports.service';

@Module({
  imports: [
    MaterialsModule,
    MediaPlansModule,
    AuditEventsModule,
    MediaPlanItemsModule,
    UsersModule,
    OutletsModule,
    RubricsModule,
    RegionsModule,
    DirectionsModule,
    SpecialProjectsModule,
    TargetAudiencesModule,
  ],
  controllers: [ListExportsController, TableExportsController],
  providers: [ListExportsService, TableExportsService],
})
export class ExportsModule {}
