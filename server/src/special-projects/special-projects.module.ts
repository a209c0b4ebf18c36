import { Module } from '@nestjs/common';
import { crudController } from '../common/crud.controller';
import { CreateSpecialProjectDto, UpdateSpecialProjectDto } from './special-project.dto';
import { SpecialProjectsService } from './special-projects.service';
import { SpecialProjectResponse } from './special-project.response';

export const SpecialProjectsController = crudController({
  path: 'special-projects',
  service: SpecialProjectsService,
  create: CreateSpecialProjectDto,
  update: UpdateSpecialProjectDto,
  record: SpecialProjectResponse,
});

@Module({ controllers: [SpecialProjectsController], providers: [SpecialProjectsService] })
export class SpecialProjectsModule {}
