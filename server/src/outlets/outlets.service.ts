import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CHANNELS, MEDIA_LEVELS } from '../../../contracts/codes';
import { CrudService, ownRegion, ResourceSpec } from '../common/crud.service';
import { fieldsOfType, VERSION_FIELD } from '../common/list-query';
import { Outlet } from './outlet.entity';
import { badField } from '../common/coded-error';

const OUTLETS_LIST: ResourceSpec = {
  resource: 'outlets',
  fields: {
    ...fieldsOfType('int', ['id', 'regionId']),
    ...fieldsOfType('text', ['name', 'url']),
    kind: { type: 'text', values: CHANNELS },
    level: { type: 'text', values: MEDIA_LEVELS },
    languages: { type: 'text', filterable: false, sortable: false },
    active: { type: 'bool' },
    version: VERSION_FIELD,
  },
  search: ['name', 'url'],
  links: {
    // The outlets a material of the region may name: the region's own and the republican ones (see outletOfRegion).
    usableInRegion: (alias, p) => `(${alias}.region_id IN (:...${p}) OR ${alias}.level = 'republican')`,
  },
  defaultSort: ['name', 'ASC'],
};

@Injectable()
export class OutletsService extends CrudService<Outlet> {
  constructor(ds: DataSource) {
    super(ds, Outlet, OUTLETS_LIST, {
      ...ownRegion(),
      defaults: (draft, actor) => {
        if (draft.regionId === undefined && draft.level === 'regional' && actor.role === 'rpo_editor') draft.regionId = actor.regionId;
      },
      prepare: async (_m, draft) => {
        draft.regionId ??= null;
        draft.languages ??= [];
        if (draft.level === 'regional' && draft.regionId === null) {
          throw badField('regionId', 'outlet.regionRequired', 'a regional outlet needs its region', {});
        }
        if (draft.level === 'republican' && draft.regionId !== null) {
          throw badField('regionId', 'outlet.republicanHasNoRegion', 'a republican outlet has no region', {});
        }
      },
    });
  }
}
