import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Channel, CHANNELS, Format, FORMATS, PLAN_STATUSES, PlanStatus } from '../../../contracts/codes';
import type { ItemExecution, PeriodExecution, PlanExecution, QuarterExecution } from '../../../contracts/media-plans';
import { PlanOverviewRow } from './media-plan-execution.service';
import { MediaPlan } from './media-plan.entity';
import { BulkResult } from './media-plan-workflow.service';

export class MediaPlanResponse implements MediaPlan {
  @ApiProperty()
  id: number;

  @ApiProperty({ type: Number, nullable: true, description: 'null for the unified republican plan' })
  regionId: number | null;

  @ApiProperty({ example: 2020 })
  year: number;

  @ApiProperty()
  title: string;

  @ApiProperty({ enum: PLAN_STATUSES, readOnly: true })
  status: PlanStatus;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, readOnly: true })
  submittedAt: Date | null;

  @ApiProperty({ type: Number, nullable: true, readOnly: true })
  submittedById: number | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, readOnly: true })
  approvedAt: Date | null;

  @ApiProperty({ type: Number, nullable: true, readOnly: true })
  approvedById: number | null;

  @ApiProperty({ type: String, nullable: true, readOnly: true })
  returnComment: string | null;

  @ApiProperty()
  version: number;
}

export class BulkResultResponse implements BulkResult {
  @ApiProperty()
  id: number;

  @ApiProperty()
  ok: boolean;

  @ApiProperty({ description: 'what the step alone would have answered' })
  statusCode: number;

  @ApiPropertyOptional({ description: 'why the step was refused' })
  message?: string;

  @ApiPropertyOptional({ type: MediaPlanResponse, description: 'the plan after the step' })
  plan?: MediaPlan;
}

export class BulkResponse {
  @ApiProperty({ type: [BulkResultResponse] })
  results: BulkResult[];
}

export class PlanOverviewRowResponse implements PlanOverviewRow {
  @ApiProperty({ type: Number, nullable: true, description: 'null for the republican level' })
  regionId: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'null when the region has no plan for the year' })
  planId: number | null;

  @ApiProperty({ type: String, nullable: true })
  title: string | null;

  @ApiProperty({ enum: PLAN_STATUSES, nullable: true })
  status: PlanStatus | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  submittedAt: Date | null;

  @ApiProperty({ type: Number, nullable: true })
  submittedById: number | null;

  @ApiProperty({ type: String, nullable: true })
  submittedBy: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  approvedAt: Date | null;

  @ApiProperty({ type: Number, nullable: true })
  approvedById: number | null;

  @ApiProperty({ type: String, nullable: true })
  approvedBy: string | null;

  @ApiProperty()
  items: number;

  @ApiProperty()
  planned: number;

  @ApiProperty()
  linked: number;

  @ApiProperty()
  fulfilled: number;

  @ApiProperty()
  share: number;

  @ApiProperty()
  reopenCount: number;

  @ApiProperty()
  changesAfterApproval: number;
}

export class PeriodExecutionResponse implements PeriodExecution {
  @ApiProperty()
  planned: number;

  @ApiProperty()
  linked: number;

  @ApiProperty({ description: 'linked materials counted up to each item\'s planned count' })
  fulfilled: number;

  @ApiProperty({ description: 'fulfilled / planned, 0 to 1' })
  share: number;
}

export class PlanTotalsResponse extends PeriodExecutionResponse {
  @ApiProperty()
  items: number;

  @ApiProperty({ description: 'items behind their due date' })
  behind: number;
}

export class QuarterExecutionResponse extends PeriodExecutionResponse implements QuarterExecution {
  @ApiProperty({ type: Number, nullable: true, description: 'null for items planned for no quarter' })
  quarter: number | null;
}

export class ItemExecutionResponse implements ItemExecution {
  @ApiProperty()
  id: number;

  @ApiProperty()
  topic: string;

  @ApiProperty({ enum: FORMATS })
  format: Format;

  @ApiProperty({ enum: CHANNELS })
  channel: Channel;

  @ApiProperty({ type: Number, nullable: true })
  plannedQuarter: number | null;

  @ApiProperty({ type: Number, nullable: true })
  plannedMonth: number | null;

  @ApiProperty()
  plannedCount: number;

  @ApiProperty()
  linked: number;

  @ApiProperty()
  fulfilled: number;

  @ApiProperty()
  share: number;

  @ApiProperty({ format: 'date' })
  dueOn: string;

  @ApiProperty()
  behind: boolean;
}

export class PlanExecutionResponse implements PlanExecution {
  @ApiProperty()
  planId: number;

  @ApiProperty()
  year: number;

  @ApiProperty({ enum: PLAN_STATUSES })
  status: PlanStatus;

  @ApiProperty({ format: 'date' })
  asOf: string;

  @ApiProperty({ type: PlanTotalsResponse })
  totals: PlanTotalsResponse;

  @ApiProperty({ type: [QuarterExecutionResponse] })
  quarters: QuarterExecution[];

  @ApiProperty({ type: [ItemExecutionResponse] })
  items: ItemExecution[];
}
