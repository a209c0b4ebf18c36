import { BadRequestException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CrudService } from '../common/crud.service';
import { Outlet } from '../outlets/outlet.entity';
import { Rubric } from './rubric.entity';

@Injectable()
export class RubricsService extends CrudService<Rubric> {
  constructor(ds: DataSource) {
    super(
      ds,
      Rubric,
      {
        resource: 'rubrics',
        fields: {
          id: { type: 'int' },
          outletId: { type: 'int' },
          name: { type: 'text' },
          specialProjectId: { type: 'int' },
          active: { type: 'bool' },
          version: { type: 'int', filterable: false },
        },
        search: ['name'],
        defaultSort: ['name', 'ASC'],
      },
      {
        regionOf: async (m, r) => {
          const outlet = await m.findOneBy(Outlet, { id: r.outletId });
          if (!outlet) throw new BadRequestException(['outletId: no such outlet']);
          return outlet.regionId;
        },
      },
    );
  }
}
