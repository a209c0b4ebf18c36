import { Module } from '@nestjs/common';
import { crudController } from '../common/crud.controller';
import { CreateDirectionDto, UpdateDirectionDto } from './direction.dto';
import { DirectionsService } from './directions.service';
import { DirectionResponse } from './direction.response';

export const DirectionsController = crudController({
  path: 'directions',
  service: DirectionsService,
  create: CreateDirectionDto,
  update: UpdateDirectionDto,
  record: DirectionResponse,
});

@Module({ controllers: [DirectionsController], providers: [DirectionsService] })
export class DirectionsModule {}
