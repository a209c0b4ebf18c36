import { Module } from '@nestjs/common';
import { EvidenceModule } from '../evidence/evidence.module';
import { MaterialsBulkController } from './materials-bulk.controller';
import { MaterialsController } from './materials.controller';
import { MaterialsService } from './materials.service';

@Module({
  imports: [EvidenceModule],
  controllers: [MaterialsBulkController, MaterialsController],
  providers: [MaterialsService],
  exports: [MaterialsService],
})
export class MaterialsModule {}
