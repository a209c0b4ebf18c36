import { ApiProperty, PickType } from '@nestjs/swagger';
import { Channel, CHANNELS, Format, FORMATS } from '../../../contracts/codes';
import { type MediaPlanItem, PLAN_ITEM_COMPARED, type SubmittedItem } from '../../../contracts/media-plans';

/** Here rather than beside the items' controller: the plans' "what changed" answer is made of items too. */

export class MediaPlanItemResponse implements MediaPlanItem {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty({ type: 'integer' }) mediaPlanId: number;
  @ApiProperty() topic: string;
  @ApiProperty({ enum: FORMATS }) format: Format;
  @ApiProperty({ enum: CHANNELS }) channel: Channel;
  @ApiProperty({ type: 'integer', nullable: true }) outletId: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) rubricId: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) directionId: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) specialProjectId: number | null;
  @ApiProperty({ type: 'integer', isArray: true }) targetAudienceIds: number[];
  @ApiProperty({ type: 'integer', nullable: true, minimum: 1, maximum: 4 }) plannedQuarter: number | null;
  @ApiProperty({ type: 'integer', nullable: true, minimum: 1, maximum: 12 }) plannedMonth: number | null;
  @ApiProperty({ type: 'integer' }) plannedCount: number;
  @ApiProperty({ type: String, nullable: true }) responsible: string | null;
  @ApiProperty({ type: String, nullable: true }) notes: string | null;
  @ApiProperty({ type: 'integer' }) version: number;
}

/** A plan item as a submission kept it (the fields of PLAN_ITEM_COMPARED). */
export class SubmittedItemResponse
  extends PickType(MediaPlanItemResponse, ['id', ...PLAN_ITEM_COMPARED] as const)
  implements SubmittedItem {}
