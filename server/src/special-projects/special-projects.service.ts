import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CrudService } from '../common/crud.service';
import { NAMED_FIELDS, NAMED_SEARCH } from '../common/names.dto';
import { SpecialProject } from './special-project.entity';

@Injectable()
export class SpecialProjectsService extends CrudService<SpecialProject> {
  constructor(ds: DataSource) {
    super(ds, SpecialProject, {
      resource: 'special-projects',
      fields: {
        ...NAMED_FIELDS,
        directionId: { type: 'int' },
        introducedIn: { type: 'int' },
      },
      search: NAMED_SEARCH,
      defaultSort: ['id', 'ASC'],
    });
  }
}
