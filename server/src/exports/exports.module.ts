import { Module } from '@nestjs/common';
import { AuditEventsModule } from '../audit-events/audit-events.module';
import { MaterialsModule } from '../materials/materials.module';
import { MediaPlansModule } from '../media-plans/media-plans.module';
import { ListExportsController } from './list-exports.controller';
import { ListExportsService } from './list-exports.service';

@Module({
  imports: [MaterialsModule, MediaPlansModule, AuditEventsModule],
  controllers: [ListExportsController],
  providers: [ListExportsService],
})
export class ExportsModule {}
