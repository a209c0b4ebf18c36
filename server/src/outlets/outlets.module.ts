import { Module } from '@nestjs/common';
import { crudController } from '../common/crud.controller';
import { CreateOutletDto, UpdateOutletDto } from './outlet.dto';
import { OutletsService } from './outlets.service';

export const OutletsController = crudController({ path: 'outlets', service: OutletsService, create: CreateOutletDto, update: UpdateOutletDto });

@Module({ controllers: [OutletsController], providers: [OutletsService] })
export class OutletsModule {}
