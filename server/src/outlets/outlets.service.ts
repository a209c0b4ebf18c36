import { BadRequestException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CHANNELS, MEDIA_LEVELS } from '../../../contracts/codes';
import { CrudService } from '../common/crud.service';
import { Outlet } from './outlet.entity';

@Injectable()
export class OutletsService extends CrudService<Outlet> {
  constructor(ds: DataSource) {
    super(
      ds,
      Outlet,
      {
        resource: 'outlets',
        fields: {
          id: { type: 'int' },
          name: { type: 'text' },
          kind: { type: 'text', values: CHANNELS },
          level: { type: 'text', values: MEDIA_LEVELS },
          regionId: { type: 'int' },
          languages: { type: 'text', filterable: false, sortable: false },
          url: { type: 'text' },
          active: { type: 'bool' },
          version: { type: 'int', filterable: false },
        },
        search: ['name', 'url'],
        defaultSort: ['name', 'ASC'],
      },
      {
        regionOf: async (_m, o) => o.regionId ?? null,
        regionSql: (alias) => `${alias}.region_id`,
        defaults: (draft, actor) => {
          if (draft.regionId === undefined && draft.level === 'regional' && actor.role === 'rpo_editor') draft.regionId = actor.regionId;
        },
        prepare: async (_m, draft) => {
          draft.regionId ??= null;
          draft.languages ??= [];
          if (draft.level === 'regional' && draft.regionId === null) {
            throw new BadRequestException(['regionId: a regional outlet needs its region']);
          }
          if (draft.level === 'republican' && draft.regionId !== null) {
            throw new BadRequestException(['regionId: a republican outlet has no region']);
          }
        },
      },
    );
  }
}
