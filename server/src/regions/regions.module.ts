import { Module } from '@nestjs/common';
import { crudController } from '../common/crud.controller';
import { CreateRegionDto, UpdateRegionDto } from './region.dto';
import { RegionsService } from './regions.service';
import { RegionResponse } from './region.response';

export const RegionsController = crudController({
  path: 'regions',
  service: RegionsService,
  create: CreateRegionDto,
  update: UpdateRegionDto,
  record: RegionResponse,
});

@Module({ controllers: [RegionsController], providers: [RegionsService], exports: [RegionsService] })
export class RegionsModule {}
