import { Controller } from '@nestjs/common';
import { CrudRoutes } from '../common/crud.controller';
import { CreateRegionDto, UpdateRegionDto } from './region.dto';
import { RegionResponse } from './region.response';
import { RegionsService } from './regions.service';

@Controller('regions')
export class RegionsController extends CrudRoutes({
  path: 'regions',
  create: CreateRegionDto,
  update: UpdateRegionDto,
  record: RegionResponse,
}) {
  constructor(service: RegionsService) {
    super(service);
  }
}
