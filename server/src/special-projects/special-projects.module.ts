import { Module } from '@nestjs/common';
import { crudController } from '../common/crud.controller';
import { CreateSpecialProjectDto, UpdateSpecialProjectDto } from './special-project.dto';
import { SpecialProjectsService } from './special-projects.service';

export const SpecialProjectsController = crudController({
  path: 'special-projects',
  service: SpecialProjectsService,
  create: CreateSpecialProjectDto,
  update: UpdateSpecialProjectDto,
});

@Module({ controllers: [SpecialProjectsController], providers: [SpecialProjectsService] })
export class SpecialProjectsModule {}
