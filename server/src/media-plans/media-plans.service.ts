import { ConflictException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertWritable } from '../common/access-policy';
import { audit, diff } from '../common/audit';
import { Actor } from '../common/actor';
import { PLAN_STATUSES } from '../../../contracts/codes';
import { CrudService, ownRegion, ResourceSpec } from '../common/crud.service';
import { fieldsOfType, VERSION_FIELD } from '../common/list-query';
import { WORKFLOW_FIELDS } from './media-plan.dto';
import { MediaPlan } from './media-plan.entity';
import { copyItems, insertDraftPlan, planOfYear } from './media-plans.repository';
import { refusal } from '../common/coded-error';

/** An approved or submitted plan is frozen until a workflow step opens it again. */
export function assertEditable(plan: MediaPlan): void {
  if (plan.status !== 'draft' && plan.status !== 'returned') {
    throw refusal(
      ConflictException,
      'plan.notEditable',
      `The media plan is ${plan.status}: it can change only while it is a draft or returned`,
      {
        status: plan.status,
      },
    );
  }
}

const MEDIA_PLANS_LIST: ResourceSpec = {
  resource: 'media-plans',
  fields: {
    ...fieldsOfType('int', ['id', 'regionId', 'year', 'submittedById', 'approvedById']),
    ...fieldsOfType('timestamp', ['submittedAt', 'approvedAt']),
    title: { type: 'text' },
    status: { type: 'text', values: PLAN_STATUSES },
    returnComment: { type: 'text', filterable: false },
    version: VERSION_FIELD,
  },
  search: ['title'],
  defaultSort: ['year', 'DESC'],
};

@Injectable()
export class MediaPlansService extends CrudService<MediaPlan> {
  constructor(ds: DataSource) {
    super(ds, MediaPlan, MEDIA_PLANS_LIST, {
      ...ownRegion(),
      readOnly: WORKFLOW_FIELDS,
      defaults: (draft, actor) => {
        if (draft.regionId === undefined && actor.role === 'rpo_editor') draft.regionId = actor.regionId;
      },
      prepare: async (_m, draft, before) => {
        draft.regionId ??= null;
        if (before === null) draft.status = 'draft';
        else assertEditable(before);
      },
      beforeRemove: async (_m, current) => assertEditable(current),
    });
  }

  /** A new year's draft from an existing plan: the same items, none of their facts. */
  async copy(id: number, year: number, actor: Actor): Promise<MediaPlan> {
    return this.ds.transaction(async (m) => {
      const source = await this.find(m, id, actor);
      assertWritable('media-plans', actor, source.regionId);
      const exists = await planOfYear(m, year, source.regionId);
      if (exists)
        throw refusal(
          ConflictException,
          'plan.exists',
          `year: a media plan for ${year} already exists (id ${exists.id})`,
          { year },
          'year',
        );
      const title = source.title.includes(String(source.year))
        ? source.title.replaceAll(String(source.year), String(year))
        : `${source.title} (${year})`;
      const plan = await insertDraftPlan(m, { regionId: source.regionId, year, title });
      const items = await copyItems(m, id, plan.id);
      await audit(m, {
        userId: actor.id,
        action: 'copy',
        resource: 'media-plans',
        recordId: plan.id,
        regionId: plan.regionId,
        changes: diff(null, { regionId: plan.regionId, year, title, status: 'draft', copiedFrom: id, items }),
      });
      return plan;
    });
  }
}
