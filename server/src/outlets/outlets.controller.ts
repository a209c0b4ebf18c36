import { Controller } from '@nestjs/common';
import { CrudRoutes } from '../common/crud.controller';
import { CreateOutletDto, UpdateOutletDto } from './outlet.dto';
import { OutletResponse } from './outlet.response';
import { OutletsService } from './outlets.service';

@Controller('outlets')
export class OutletsController extends CrudRoutes({
  path: 'outlets',
  create: CreateOutletDto,
  update: UpdateOutletDto,
  record: OutletResponse,
}) {
  constructor(service: OutletsService) {
    super(service);
  }
}
