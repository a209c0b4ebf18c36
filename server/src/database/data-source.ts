import { DataSourceOptions } from 'typeorm';
import { migrations } from '../../../migrations';
import { AuditEvent } from '../audit-events/audit-event.entity';
import { Direction } from '../directions/direction.entity';
import { Material } from '../materials/material.entity';
import { MediaPlanItem } from '../media-plan-items/media-plan-item.entity';
import { MediaPlan } from '../media-plans/media-plan.entity';
import { Outlet } from '../outlets/outlet.entity';
import { QuarterClosure } from '../quarters/quarter-closure.entity';
import { Region } from '../regions/region.entity';
import { Rubric } from '../rubrics/rubric.entity';
import { SpecialProject } from '../special-projects/special-project.entity';
import { TargetAudience } from '../target-audiences/target-audience.entity';
import { User } from '../users/user.entity';

export const ENTITIES = [
  Region,
  Direction,
  SpecialProject,
  TargetAudience,
  Outlet,
  Rubric,
  Material,
  MediaPlan,
  MediaPlanItem,
  User,
  AuditEvent,
  QuarterClosure,
];

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations,
    migrationsTransactionMode: 'each',
    synchronize: false,
    extra: { max: 10, connectionTimeoutMillis: 3000 },
  };
}
