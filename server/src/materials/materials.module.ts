import { Module } from '@nestjs/common';
import { crudController } from '../common/crud.controller';
import { CreateMaterialDto, UpdateMaterialDto } from './material.dto';
import { MaterialsService } from './materials.service';
import { MaterialResponse } from './material.response';

export const MaterialsController = crudController({
  path: 'materials',
  service: MaterialsService,
  create: CreateMaterialDto,
  update: UpdateMaterialDto,
  record: MaterialResponse,
});

@Module({ controllers: [MaterialsController], providers: [MaterialsService], exports: [MaterialsService] })
export class MaterialsModule {}
