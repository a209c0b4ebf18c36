import { Controller } from '@nestjs/common';
import { CrudRoutes } from '../common/crud.controller';
import { CreateSpecialProjectDto, UpdateSpecialProjectDto } from './special-project.dto';
import { SpecialProjectResponse } from './special-project.response';
import { SpecialProjectsService } from './special-projects.service';

@Controller('special-projects')
export class SpecialProjectsController extends CrudRoutes({
  path: 'special-projects',
  create: CreateSpecialProjectDto,
  update: UpdateSpecialProjectDto,
  record: SpecialProjectResponse,
}) {
  constructor(service: SpecialProjectsService) {
    super(service);
  }
}
