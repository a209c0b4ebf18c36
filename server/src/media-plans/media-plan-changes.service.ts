import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertReadable } from '../common/access-policy';
import { Actor } from '../common/actor';
import { diff } from '../common/audit';
import { notFound } from '../common/coded-error';
import { PLAN_ITEM_COMPARED, PlanChanges, SubmittedItem } from '../../../contracts/media-plans';
import { lastSubmissions, planById } from './media-plans.repository';

@Injectable()
export class MediaPlanChangesService {
  constructor(private readonly ds: DataSource) {}

  /** The items added, removed and changed between the plan's last two submissions. */
  async changes(id: number, actor: Actor): Promise<PlanChanges<Date>> {
    const plan = await planById(this.ds.manager, id);
    if (!plan) throw notFound('media-plans', id);
    assertReadable('media-plans', actor, plan.regionId, id);
    const [latest, previous] = await lastSubmissions(this.ds.manager, id);
    const none = { planId: id, submittedAt: latest?.submittedAt ?? null, previousAt: null, added: [], removed: [], changed: [] };
    if (!latest || !previous) return none;
    const before = new Map(previous.items.map((i) => [i.id, i]));
    const after = new Map(latest.items.map((i) => [i.id, i]));
    const missingFrom = (items: SubmittedItem[], other: Map<number, SubmittedItem>) => items.filter((i) => !other.has(i.id));
    return {
      ...none,
      previousAt: previous.submittedAt,
      added: missingFrom(latest.items, before),
      removed: missingFrom(previous.items, after),
      changed: latest.items
        .filter((i) => before.has(i.id))
        .map((i) => ({ id: i.id, topic: i.topic, changes: diff(before.get(i.id) ?? null, i, PLAN_ITEM_COMPARED) }))
        .filter((c) => Object.keys(c.changes).length > 0),
    };
  }
}
