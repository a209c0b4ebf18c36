import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertReadable, readRegion } from '../common/access-policy';
import { Actor } from '../common/actor';
import type { ItemExecution, OverviewRow, PeriodExecution, PlanExecution } from '../../../contracts/media-plans';
import { itemExecution, planOverview } from '../materials/material-plan.reads';
import { planById } from './media-plans.repository';
import { notFound } from '../common/coded-error';

export type PlanOverviewRow = OverviewRow<Date>;

const share = (done: number, planned: number) => (planned > 0 ? Math.round((done / planned) * 1000) / 1000 : 0);

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

@Injectable()
export class MediaPlanExecutionService {
  constructor(private readonly ds: DataSource) {}

  async execution(id: number, actor: Actor, asOf = today()): Promise<PlanExecution> {
    const plan = await planById(this.ds.manager, id);
    if (!plan) throw notFound('media-plans', id);
    assertReadable('media-plans', actor, plan.regionId, id);
    // The republican plan is readable by every region, its facts only as far as the reader's own materials go.
    const materialsRegion = readRegion('materials', actor);
    const items: ItemExecution[] = (
      await itemExecution(this.ds, id, plan.year, asOf, materialsRegion === 'any' ? null : materialsRegion)
    ).map((item) => ({ ...item, share: share(item.linked, item.plannedCount) }));
    const sum = (rows: ItemExecution[]): PeriodExecution => {
      const planned = rows.reduce((s, r) => s + r.plannedCount, 0);
      const fulfilled = rows.reduce((s, r) => s + r.fulfilled, 0);
      return { planned, linked: rows.reduce((s, r) => s + r.linked, 0), fulfilled, share: share(fulfilled, planned) };
    };
    const quarterKeys = [...new Set(items.map((i) => i.plannedQuarter))];
    return {
      planId: plan.id,
      year: plan.year,
      status: plan.status,
      asOf,
      totals: { ...sum(items), items: items.length, behind: items.filter((i) => i.behind).length },
      quarters: quarterKeys.map((quarter) => ({ quarter, ...sum(items.filter((i) => i.plannedQuarter === quarter)) })),
      items,
    };
  }

  /** Every region of the year (and the republican level) with its plan, or none yet. */
  async overview(year: number, actor: Actor): Promise<PlanOverviewRow[]> {
    const region = readRegion('media-plans', actor);
    const rows = await planOverview(this.ds, year, region === 'any' ? null : region);
    return rows.map((r) => ({ ...r, share: share(r.fulfilled, r.planned) }));
  }
}
