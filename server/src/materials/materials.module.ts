import { Module } from '@nestjs/common';
import { MaterialsBulkController } from './materials-bulk.controller';
import { MaterialsController } from './materials.controller';
import { MaterialsService } from './materials.service';

@Module({ controllers: [MaterialsBulkController, MaterialsController], providers: [MaterialsService], exports: [MaterialsService] })
export class MaterialsModule {}
