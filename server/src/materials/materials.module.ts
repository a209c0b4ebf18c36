import { Module } from '@nestjs/common';
import { MaterialsController } from './materials.controller';
import { MaterialsService } from './materials.service';

@Module({ controllers: [MaterialsController], providers: [MaterialsService], exports: [MaterialsService] })
export class MaterialsModule {}
