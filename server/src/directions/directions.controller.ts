import { Controller } from '@nestjs/common';
import { CrudRoutes } from '../common/crud.controller';
import { CreateDirectionDto, UpdateDirectionDto } from './direction.dto';
import { DirectionResponse } from './direction.response';
import { DirectionsService } from './directions.service';

@Controller('directions')
export class DirectionsController extends CrudRoutes({
  path: 'directions',
  create: CreateDirectionDto,
  update: UpdateDirectionDto,
  record: DirectionResponse,
}) {
  constructor(service: DirectionsService) {
    super(service);
  }
}
