import { ConflictException, Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { assertWritable } from '../common/access-policy';
import { audit, diff } from '../common/audit';
import { Actor } from '../common/actor';
import { PLAN_STATUSES } from '../../../contracts/codes';
import { CrudService } from '../common/crud.service';
import { WORKFLOW_FIELDS } from './media-plan.dto';
import { MediaPlan } from './media-plan.entity';

/** An approved or submitted plan is frozen until a workflow step opens it again. */
export function assertEditable(plan: MediaPlan): void {
  if (plan.status !== 'draft' && plan.status !== 'returned') {
    throw new ConflictException(`The media plan is ${plan.status}: it can change only while it is a draft or returned`);
  }
}

@Injectable()
export class MediaPlansService extends CrudService<MediaPlan> {
  constructor(ds: DataSource) {
    super(
      ds,
      MediaPlan,
      {
        resource: 'media-plans',
        fields: {
          id: { column: 'id', type: 'int' },
          regionId: { column: 'regionId', type: 'int' },
          year: { column: 'year', type: 'int' },
          title: { column: 'title', type: 'text' },
          status: { column: 'status', type: 'text', values: PLAN_STATUSES },
          submittedAt: { column: 'submittedAt', type: 'timestamp' },
          submittedById: { column: 'submittedById', type: 'int' },
          approvedAt: { column: 'approvedAt', type: 'timestamp' },
          approvedById: { column: 'approvedById', type: 'int' },
          returnComment: { column: 'returnComment', type: 'text', filterable: false },
          version: { column: 'version', type: 'int', filterable: false },
        },
        search: ['title'],
        defaultSort: ['year', 'DESC'],
      },
      {
        readOnly: WORKFLOW_FIELDS,
        regionOf: async (_m, p) => p.regionId ?? null,
        regionSql: (alias) => `${alias}.region_id`,
        defaults: (draft, actor) => {
          if (draft.regionId === undefined && actor.role === 'rpo_editor') draft.regionId = actor.regionId;
        },
        prepare: async (_m, draft, before) => {
          draft.regionId ??= null;
          if (before === null) draft.status = 'draft';
          else assertEditable(before);
        },
        beforeRemove: async (_m, current) => assertEditable(current),
      },
    );
  }

  /** A new year's draft from an existing plan: the same items, none of their facts. */
  async copy(id: number, year: number, actor: Actor): Promise<MediaPlan> {
    return this.ds.transaction(async (m) => {
      const source = await this.find(m, id, actor);
      assertWritable('media-plans', actor, source.regionId);
      const exists = await m.findOneBy(MediaPlan, { year, regionId: source.regionId ?? IsNull() });
      if (exists) throw new ConflictException(`year: a media plan for ${year} already exists (id ${exists.id})`);
      const title = source.title.includes(String(source.year))
        ? source.title.replaceAll(String(source.year), String(year))
        : `${source.title} (${year})`;
      const plan = await m.save(m.create(MediaPlan, { regionId: source.regionId, year, title, status: 'draft', version: 1 }));
      const copied: { n: number }[] = await m.query(
        `WITH src AS (
           SELECT id, topic, format, channel, outlet_id, rubric_id, direction_id, special_project_id, planned_quarter,
                  planned_month, planned_count, responsible, notes, nextval(pg_get_serial_sequence('media_plan_items', 'id')) AS new_id
             FROM media_plan_items WHERE media_plan_id = $1),
         items AS (
           INSERT INTO media_plan_items (id, media_plan_id, topic, format, channel, outlet_id, rubric_id, direction_id,
                                         special_project_id, planned_quarter, planned_month, planned_count, responsible, notes)
           SELECT new_id, $2, topic, format, channel, outlet_id, rubric_id, direction_id, special_project_id, planned_quarter,
                  planned_month, planned_count, responsible, notes FROM src RETURNING id),
         audiences AS (
           INSERT INTO media_plan_item_target_audiences (media_plan_item_id, target_audience_id)
           SELECT src.new_id, a.target_audience_id FROM src JOIN media_plan_item_target_audiences a ON a.media_plan_item_id = src.id)
         SELECT count(*)::int AS n FROM items`,
        [id, plan.id],
      );
      await audit(m, {
        userId: actor.id,
        action: 'copy',
        resource: 'media-plans',
        recordId: plan.id,
        regionId: plan.regionId,
        changes: diff(null, { regionId: plan.regionId, year, title, status: 'draft', copiedFrom: id, items: copied[0].n }),
      });
      return plan;
    });
  }
}
