import { Module } from '@nestjs/common';
import { crudController } from '../common/crud.controller';
import { CreateOutletDto, UpdateOutletDto } from './outlet.dto';
import { OutletsService } from './outlets.service';
import { OutletResponse } from './outlet.response';

export const OutletsController = crudController({
  path: 'outlets',
  service: OutletsService,
  create: CreateOutletDto,
  update: UpdateOutletDto,
  record: OutletResponse,
});

@Module({ controllers: [OutletsController], providers: [OutletsService] })
export class OutletsModule {}
