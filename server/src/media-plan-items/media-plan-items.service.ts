import { BadRequestException, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CHANNELS, FORMATS } from '../../../contracts/codes';
import { CrudService } from '../common/crud.service';
import { MediaPlan } from '../media-plans/media-plan.entity';
import { assertEditable as assertPlanEditable } from '../media-plans/media-plans.service';
import { audienceIdsSql, PLAN_ITEM_AUDIENCES, withAudienceIds, writeAudienceIds } from '../target-audiences/audience-links';
import { MediaPlanItem } from './media-plan-item.entity';

/** Items change only while their plan is editable; the plan row is locked so a parallel submit waits. */
async function assertEditable(m: EntityManager, planId: number): Promise<void> {
  const plan = await m.findOne(MediaPlan, { where: { id: planId }, lock: { mode: 'pessimistic_read' } });
  if (!plan) throw new BadRequestException([`mediaPlanId: media plan ${planId} not found`]);
  assertPlanEditable(plan);
}

const int = (column: string) => ({ column, type: 'int' as const });

@Injectable()
export class MediaPlanItemsService extends CrudService<MediaPlanItem> {
  constructor(ds: DataSource) {
    super(
      ds,
      MediaPlanItem,
      {
        resource: 'media-plan-items',
        fields: {
          id: int('id'),
          mediaPlanId: int('mediaPlanId'),
          topic: { column: 'topic', type: 'text' },
          format: { column: 'format', type: 'text', values: FORMATS },
          channel: { column: 'channel', type: 'text', values: CHANNELS },
          outletId: int('outletId'),
          rubricId: int('rubricId'),
          directionId: int('directionId'),
          specialProjectId: int('specialProjectId'),
          plannedQuarter: int('plannedQuarter'),
          plannedMonth: int('plannedMonth'),
          plannedCount: int('plannedCount'),
          responsible: { column: 'responsible', type: 'text' },
          notes: { column: 'notes', type: 'text', filterable: false },
          version: { column: 'version', type: 'int', filterable: false },
        },
        search: ['topic', 'responsible'],
        links: {
          targetAudienceIds: (alias, p) =>
            `EXISTS (SELECT 1 FROM media_plan_item_target_audiences x WHERE x.media_plan_item_id = ${alias}.id AND x.target_audience_id IN (:...${p}))`,
        },
        defaultSort: ['id', 'ASC'],
      },
      {
        present: (m, rows) => withAudienceIds(m, PLAN_ITEM_AUDIENCES, rows),
        linkedSql: { targetAudienceIds: (alias) => audienceIdsSql(PLAN_ITEM_AUDIENCES, alias) },
        regionOf: async (m, item) => {
          const plan = await m.findOneBy(MediaPlan, { id: item.mediaPlanId });
          if (!plan) throw new BadRequestException([`mediaPlanId: media plan ${item.mediaPlanId} not found`]);
          return plan.regionId;
        },
        regionSql: (alias) => `(SELECT p.region_id FROM media_plans p WHERE p.id = ${alias}.media_plan_id)`,
        prepare: async (m, draft, before) => {
          await assertEditable(m, draft.mediaPlanId);
          if (before && before.mediaPlanId !== draft.mediaPlanId) await assertEditable(m, before.mediaPlanId);
        },
        beforeRemove: (m, current) => assertEditable(m, current.mediaPlanId),
        afterSave: (m, saved, input) => writeAudienceIds(m, PLAN_ITEM_AUDIENCES, saved.id, input.targetAudienceIds),
      },
    );
  }
}
