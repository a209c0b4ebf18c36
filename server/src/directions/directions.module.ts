import { Injectable, Module } from '@nestjs/common';
import { IntersectionType, PartialType } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { crudController } from '../common/crud.controller';
import { CrudService } from '../common/crud.service';
import { NAMED_FIELDS, NAMED_SEARCH, NamedReferenceDto } from '../common/names.dto';
import { VersionedUpdate } from '../common/update-fields';
import { Direction } from './direction.entity';

export class CreateDirectionDto extends NamedReferenceDto {}
export class UpdateDirectionDto extends IntersectionType(PartialType(CreateDirectionDto), VersionedUpdate) {}

@Injectable()
export class DirectionsService extends CrudService<Direction> {
  constructor(ds: DataSource) {
    super(ds, Direction, { resource: 'directions', fields: NAMED_FIELDS, search: NAMED_SEARCH, defaultSort: ['id', 'ASC'] });
  }
}

export const DirectionsController = crudController({ path: 'directions', service: DirectionsService, create: CreateDirectionDto, update: UpdateDirectionDto });

@Module({ controllers: [DirectionsController], providers: [DirectionsService] })
export class DirectionsModule {}
