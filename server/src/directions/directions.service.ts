import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CrudService } from '../common/crud.service';
import { NAMED_FIELDS, NAMED_SEARCH } from '../common/names.dto';
import { Direction } from './direction.entity';

@Injectable()
export class DirectionsService extends CrudService<Direction> {
  constructor(ds: DataSource) {
    super(ds, Direction, { resource: 'directions', fields: NAMED_FIELDS, search: NAMED_SEARCH, defaultSort: ['id', 'ASC'] });
  }
}
