import { BadRequestException, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CHANNELS, FORMATS, LANGUAGES, MEDIA_LEVELS } from '../common/codes';
import { CrudService, ResourceSpec } from '../common/crud.service';
import { Outlet } from '../outlets/outlet.entity';
import { Rubric } from '../rubrics/rubric.entity';
import { audienceIdsSql, MATERIAL_AUDIENCES, withAudienceIds, writeAudienceIds } from '../target-audiences/audience-links';
import { assertQuarterOpen } from '../quarters/quarter-lock';
import { Material } from './material.entity';
import { MATERIAL_READ_ONLY } from './material.dto';

export const MATERIALS_LIST: ResourceSpec = {
  resource: 'materials',
  fields: {
    id: { column: 'id', type: 'int' },
    regionId: { column: 'regionId', type: 'int' },
    outletId: { column: 'outletId', type: 'int' },
    rubricId: { column: 'rubricId', type: 'int' },
    channel: { column: 'channel', type: 'text', values: CHANNELS },
    mediaLevel: { column: 'mediaLevel', type: 'text', values: MEDIA_LEVELS },
    language: { column: 'language', type: 'text', values: LANGUAGES },
    format: { column: 'format', type: 'text', values: FORMATS },
    title: { column: 'title', type: 'text' },
    url: { column: 'url', type: 'text' },
    publishedOn: { column: 'publishedOn', type: 'date' },
    directionId: { column: 'directionId', type: 'int' },
    specialProjectId: { column: 'specialProjectId', type: 'int' },
    mediaPlanItemId: { column: 'mediaPlanItemId', type: 'int' },
    views: { column: 'views', type: 'int' },
    reactions: { column: 'reactions', type: 'int' },
    shares: { column: 'shares', type: 'int' },
    comments: { column: 'comments', type: 'int' },
    reach: { column: 'reach', type: 'int' },
    notes: { column: 'notes', type: 'text', filterable: false },
    importId: { column: 'importId', type: 'int' },
    createdById: { column: 'createdById', type: 'int' },
    createdAt: { column: 'createdAt', type: 'timestamp' },
    updatedAt: { column: 'updatedAt', type: 'timestamp' },
    version: { column: 'version', type: 'int', filterable: false },
  },
  search: ['title', 'url'],
  period: { column: 'publishedOn', from: 'publishedFrom', to: 'publishedTo' },
  links: {
    targetAudienceIds: (alias, p) =>
      `EXISTS (SELECT 1 FROM material_target_audiences mta WHERE mta.material_id = ${alias}.id AND mta.target_audience_id IN (:...${p}))`,
  },
  defaultSort: ['publishedOn', 'DESC'],
};

/** A material fulfils an item of its own region's (or the republican) approved plan of its year. */
async function checkPlanItem(m: EntityManager, draft: Material): Promise<void> {
  const [link]: { region_id: number | null; year: number; status: string }[] = await m.query(
    'SELECT p.region_id, p.year, p.status FROM media_plan_items i JOIN media_plans p ON p.id = i.media_plan_id WHERE i.id = $1',
    [draft.mediaPlanItemId],
  );
  const bad = (why: string) => new BadRequestException([`mediaPlanItemId: ${why}`]);
  if (!link) throw bad('no such media-plan item');
  if (link.region_id !== null && link.region_id !== draft.regionId) throw bad("the item belongs to another region's plan");
  if (link.year !== Number(draft.publishedOn.slice(0, 4))) throw bad(`the item belongs to the ${link.year} plan, the material is of ${draft.publishedOn.slice(0, 4)}`);
  if (link.status !== 'approved') throw bad(`the item's plan is ${link.status}, not approved`);
}

async function checkReferences(m: EntityManager, draft: Material): Promise<void> {
  const outlet = await m.findOneBy(Outlet, { id: draft.outletId });
  if (!outlet) throw new BadRequestException(['outletId: no such outlet']);
  if (outlet.level === 'regional' && outlet.regionId !== draft.regionId) {
    throw new BadRequestException(["outletId: the outlet belongs to another region than the material's"]);
  }
  if (draft.rubricId !== null) {
    const rubric = await m.findOneBy(Rubric, { id: draft.rubricId });
    if (!rubric) throw new BadRequestException(['rubricId: no such rubric']);
    if (rubric.outletId !== outlet.id) throw new BadRequestException(['rubricId: the rubric belongs to another outlet']);
  }
  if (draft.mediaPlanItemId !== null && draft.mediaPlanItemId !== undefined) await checkPlanItem(m, draft);
  draft.channel = outlet.kind;
  draft.mediaLevel = outlet.level;
}

@Injectable()
export class MaterialsService extends CrudService<Material> {
  constructor(ds: DataSource) {
    super(ds, Material, MATERIALS_LIST, {
      readOnly: MATERIAL_READ_ONLY,
      regionOf: async (_m, r) => r.regionId,
      regionSql: (alias) => `${alias}.region_id`,
      present: (m, rows) => withAudienceIds(m, MATERIAL_AUDIENCES, rows),
      linkedSql: { targetAudienceIds: (alias) => audienceIdsSql(MATERIAL_AUDIENCES, alias) },
      defaults: (draft, actor) => {
        if (draft.regionId === undefined && actor.regionId !== null) draft.regionId = actor.regionId;
      },
      prepare: async (m, draft, before, actor) => {
        if (draft.regionId === undefined) throw new BadRequestException(['regionId: required']);
        draft.rubricId ??= null;
        await checkReferences(m, draft);
        await assertQuarterOpen(m, draft.regionId, draft.publishedOn);
        if (before) await assertQuarterOpen(m, before.regionId, before.publishedOn);
        if (before === null) draft.createdById = actor.id;
        draft.updatedAt = new Date();
      },
      beforeRemove: (m, current) => assertQuarterOpen(m, current.regionId, current.publishedOn),
      afterSave: (m, saved, input) => writeAudienceIds(m, MATERIAL_AUDIENCES, saved.id, input.targetAudienceIds),
    });
  }
}
