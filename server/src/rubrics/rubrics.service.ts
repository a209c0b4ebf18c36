import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CrudService, ResourceSpec } from '../common/crud.service';
import { fieldsOfType, VERSION_FIELD } from '../common/list-query';
import { Outlet } from '../outlets/outlet.entity';
import { Rubric } from './rubric.entity';
import { badField } from '../common/coded-error';

const RUBRICS_LIST: ResourceSpec = {
  resource: 'rubrics',
  fields: {
    ...fieldsOfType('int', ['id', 'outletId', 'specialProjectId']),
    name: { type: 'text' },
    active: { type: 'bool' },
    version: VERSION_FIELD,
  },
  search: ['name'],
  defaultSort: ['name', 'ASC'],
};

@Injectable()
export class RubricsService extends CrudService<Rubric> {
  constructor(ds: DataSource) {
    super(ds, Rubric, RUBRICS_LIST, {
      regionOf: async (m, r) => {
        const outlet = await m.findOneBy(Outlet, { id: r.outletId });
        if (!outlet) throw badField('outletId', 'outlet.notFound', 'no such outlet', {});
        return outlet.regionId;
      },
    });
  }
}
