import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CHANNELS, FORMATS } from '../../../contracts/codes';
import { CrudService, ResourceSpec } from '../common/crud.service';
import { fieldsOfType, VERSION_FIELD } from '../common/list-query';
import { itemHasAudienceSql, itemRegionSql, lockedPlan, planById } from '../media-plans/media-plans.repository';
import { assertEditable as assertPlanEditable } from '../media-plans/media-plans.service';
import { audienceIdsSql, PLAN_ITEM_AUDIENCES, withAudienceIds, writeAudienceIds } from '../target-audiences/audience-links';
import { MediaPlanItem } from './media-plan-item.entity';
import { badField } from '../common/coded-error';

/** Items change only while their plan is editable; the plan row is locked so a parallel submit waits. */
async function assertEditable(m: EntityManager, planId: number): Promise<void> {
  const plan = await lockedPlan(m, planId, 'pessimistic_read');
  if (!plan) throw badField('mediaPlanId', 'reference.notFound', `media plan ${planId} not found`, {});
  assertPlanEditable(plan);
}

const MEDIA_PLAN_ITEMS_LIST: ResourceSpec = {
  resource: 'media-plan-items',
  fields: {
    ...fieldsOfType('int', ['id', 'mediaPlanId', 'outletId', 'rubricId', 'directionId', 'specialProjectId']),
    ...fieldsOfType('int', ['plannedQuarter', 'plannedMonth', 'plannedCount']),
    ...fieldsOfType('text', ['topic', 'responsible']),
    format: { type: 'text', values: FORMATS },
    channel: { type: 'text', values: CHANNELS },
    notes: { type: 'text', filterable: false },
    version: VERSION_FIELD,
  },
  search: ['topic', 'responsible'],
  links: { targetAudienceIds: itemHasAudienceSql },
  defaultSort: ['id', 'ASC'],
};

@Injectable()
export class MediaPlanItemsService extends CrudService<MediaPlanItem> {
  constructor(ds: DataSource) {
    super(ds, MediaPlanItem, MEDIA_PLAN_ITEMS_LIST, {
      present: (m, rows) => withAudienceIds(m, PLAN_ITEM_AUDIENCES, rows),
      linkedSql: { targetAudienceIds: (alias) => audienceIdsSql(PLAN_ITEM_AUDIENCES, alias) },
      regionOf: async (m, item) => {
        const plan = await planById(m, item.mediaPlanId);
        if (!plan) throw badField('mediaPlanId', 'reference.notFound', `media plan ${item.mediaPlanId} not found`, {});
        return plan.regionId;
      },
      regionSql: itemRegionSql,
      prepare: async (m, draft, before) => {
        await assertEditable(m, draft.mediaPlanId);
        if (before && before.mediaPlanId !== draft.mediaPlanId) await assertEditable(m, before.mediaPlanId);
      },
      beforeRemove: (m, current) => assertEditable(m, current.mediaPlanId),
      afterSave: (m, saved, input) => writeAudienceIds(m, PLAN_ITEM_AUDIENCES, saved.id, input.targetAudienceIds),
    });
  }
}
