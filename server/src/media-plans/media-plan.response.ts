import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType, PickType } from '@nestjs/swagger';
import { PLAN_STATUSES, PlanStatus } from '../../../contracts/codes';
import { RowOutcomeResponse } from '../common/api-responses';
import {
  type ItemExecution,
  type PeriodExecution,
  type PlanChanges,
  type PlanExecution,
  type QuarterExecution,
  type SubmittedItem,
} from '../../../contracts/media-plans';
import { PlanOverviewRow } from './media-plan-execution.service';
import { MediaPlan } from './media-plan.entity';
import { MediaPlanItemResponse, SubmittedItemResponse } from './media-plan-item.response';
import { BulkResult } from './media-plan-workflow.service';

export class MediaPlanResponse implements MediaPlan {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'null for the unified republican plan' }) regionId: number | null;
  @ApiProperty({ type: 'integer', example: 2020 }) year: number;
  @ApiProperty() title: string;
  @ApiProperty({ enum: PLAN_STATUSES, readOnly: true }) status: PlanStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, readOnly: true }) submittedAt: Date | null;
  @ApiProperty({ type: 'integer', nullable: true, readOnly: true }) submittedById: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, readOnly: true }) approvedAt: Date | null;
  @ApiProperty({ type: 'integer', nullable: true, readOnly: true }) approvedById: number | null;
  @ApiProperty({ type: String, nullable: true, readOnly: true }) returnComment: string | null;
  @ApiProperty({ type: 'integer' }) version: number;
}

export class BulkResultResponse extends RowOutcomeResponse implements BulkResult {
  @ApiPropertyOptional({ type: MediaPlanResponse, description: 'the plan after the step' }) plan?: MediaPlan;
}

export class BulkResponse {
  @ApiProperty({ type: [BulkResultResponse] }) results: BulkResult[];
}

export class PeriodExecutionResponse implements PeriodExecution {
  @ApiProperty({ type: 'integer' }) planned: number;
  @ApiProperty({ type: 'integer' }) linked: number;
  @ApiProperty({ type: 'integer', description: "linked materials counted up to each item's planned count" }) fulfilled: number;
  @ApiProperty({ description: 'fulfilled / planned, 0 to 1' }) share: number;
}

export class PlanOverviewRowResponse
  extends IntersectionType(
    PeriodExecutionResponse,
    PickType(MediaPlanResponse, ['submittedAt', 'submittedById', 'approvedAt', 'approvedById'] as const),
  )
  implements PlanOverviewRow
{
  @ApiProperty({ type: 'integer', nullable: true, description: 'null for the republican level' }) regionId: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'null when the region has no plan for the year' }) planId: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: "the plan's version: send it back with a bulk step" }) version:
    number | null;
  @ApiProperty({ type: String, nullable: true }) title: string | null;
  @ApiProperty({ enum: PLAN_STATUSES, nullable: true }) status: PlanStatus | null;
  @ApiProperty({ type: String, nullable: true }) submittedBy: string | null;
  @ApiProperty({ type: String, nullable: true }) approvedBy: string | null;
  @ApiProperty({ type: 'integer' }) items: number;
  @ApiProperty({ type: 'integer' }) reopenCount: number;
  @ApiProperty({ type: 'integer' }) changesAfterApproval: number;
}

export class PlanTotalsResponse extends PeriodExecutionResponse {
  @ApiProperty({ type: 'integer' }) items: number;
  @ApiProperty({ type: 'integer', description: 'items behind their due date' }) behind: number;
}

export class QuarterExecutionResponse extends PeriodExecutionResponse implements QuarterExecution {
  @ApiProperty({ type: 'integer', nullable: true, description: 'null for items planned for no quarter' }) quarter: number | null;
}

export class ItemExecutionResponse
  extends IntersectionType(
    OmitType(PeriodExecutionResponse, ['planned'] as const),
    PickType(MediaPlanItemResponse, ['id', 'topic', 'format', 'channel', 'plannedQuarter', 'plannedMonth', 'plannedCount'] as const),
  )
  implements ItemExecution
{
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty() behind: boolean;
}

export class PlanExecutionResponse implements PlanExecution {
  @ApiProperty({ type: 'integer' }) planId: number;
  @ApiProperty({ type: 'integer' }) year: number;
  @ApiProperty({ enum: PLAN_STATUSES }) status: PlanStatus;
  @ApiProperty({ format: 'date' }) asOf: string;
  @ApiProperty({ type: PlanTotalsResponse }) totals: PlanTotalsResponse;
  @ApiProperty({ type: [QuarterExecutionResponse] }) quarters: QuarterExecution[];
  @ApiProperty({ type: [ItemExecutionResponse] }) items: ItemExecution[];
}

export class ItemChangeResponse {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty({ description: 'the topic at the latest submission' }) topic: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: {
      type: 'object',
      properties: { before: {}, after: {} },
      required: ['before', 'after'],
      additionalProperties: false,
    },
    description: 'each changed field: its value at the previous submission and at the latest',
  })
  changes: Record<string, { before: unknown; after: unknown }>;
}

export class PlanChangesResponse implements PlanChanges<Date> {
  @ApiProperty({ type: 'integer' }) planId: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'the latest submission' }) submittedAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'the submission before it' }) previousAt: Date | null;
  @ApiProperty({ type: [SubmittedItemResponse] }) added: SubmittedItem[];
  @ApiProperty({ type: [SubmittedItemResponse] }) removed: SubmittedItem[];
  @ApiProperty({ type: [ItemChangeResponse] }) changed: ItemChangeResponse[];
}
