import { ApiProperty } from '@nestjs/swagger';
import { Channel, CHANNELS, Format, FORMATS } from '../../../contracts/codes';
import { MediaPlanItem } from './media-plan-item.entity';

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
