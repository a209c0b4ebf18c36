import { Controller } from '@nestjs/common';
import { CrudRoutes } from '../common/crud.controller';
import { CreateRubricDto, UpdateRubricDto } from './rubric.dto';
import { RubricResponse } from './rubric.response';
import { RubricsService } from './rubrics.service';

@Controller('rubrics')
export class RubricsController extends CrudRoutes({
  path: 'rubrics',
  create: CreateRubricDto,
  update: UpdateRubricDto,
  record: RubricResponse,
}) {
  constructor(service: RubricsService) {
    super(service);
  }
}
