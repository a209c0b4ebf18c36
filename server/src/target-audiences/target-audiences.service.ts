import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CrudService } from '../common/crud.service';
import { NAMED_FIELDS, NAMED_SEARCH } from '../common/names.dto';
import { TargetAudience } from './target-audience.entity';

@Injectable()
export class TargetAudiencesService extends CrudService<TargetAudience> {
  constructor(ds: DataSource) {
    super(ds, TargetAudience, {
      resource: 'target-audiences',
      fields: { ...NAMED_FIELDS, methodsKk: { type: 'text' }, methodsRu: { type: 'text' } },
      search: NAMED_SEARCH,
      defaultSort: ['id', 'ASC'],
    });
  }
}
