import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CrudService } from '../common/crud.service';
import { NAMED_FIELDS, NAMED_SEARCH } from '../common/names.dto';
import { REGION_KINDS } from '../../../contracts/codes';
import { Region } from './region.entity';

@Injectable()
export class RegionsService extends CrudService<Region> {
  constructor(ds: DataSource) {
    super(ds, Region, {
      resource: 'regions',
      fields: {
        ...NAMED_FIELDS,
        kind: { type: 'text', values: REGION_KINDS },
        kato: { type: 'text' },
        activeFrom: { type: 'date' },
        activeTo: { type: 'date' },
      },
      search: NAMED_SEARCH,
      defaultSort: ['nameRu', 'ASC'],
    });
  }
}
