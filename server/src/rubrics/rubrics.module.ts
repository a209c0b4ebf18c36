import { Module } from '@nestjs/common';
import { crudController } from '../common/crud.controller';
import { CreateRubricDto, UpdateRubricDto } from './rubric.dto';
import { RubricsService } from './rubrics.service';
import { RubricResponse } from './rubric.response';

export const RubricsController = crudController({
  path: 'rubrics',
  service: RubricsService,
  create: CreateRubricDto,
  update: UpdateRubricDto,
  record: RubricResponse,
});

@Module({ controllers: [RubricsController], providers: [RubricsService] })
export class RubricsModule {}
