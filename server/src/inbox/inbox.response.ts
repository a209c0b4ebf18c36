import { ApiProperty } from '@nestjs/swagger';
import { Inbox, INBOX_KINDS, InboxItem, InboxKind } from '../../../contracts/inbox';

export class InboxItemResponse implements InboxItem<Date> {
  @ApiProperty({ enum: INBOX_KINDS }) kind: InboxKind;
  @ApiProperty({ type: 'integer', nullable: true, description: 'the plan, for plans and plan items' }) planId: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: "the plan's version, for submitted and returned plans" })
  planVersion: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'the plan item, for items behind schedule' }) itemId: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'null for the republican level' }) regionId: number | null;
  @ApiProperty({ type: 'integer' }) year: number;
  @ApiProperty({ type: 'integer', nullable: true }) quarter: number | null;
  @ApiProperty({ type: String, nullable: true, description: "a plan's title or an item's topic" }) title: string | null;
  @ApiProperty({ type: String, format: 'date-time', description: 'since when it waits (or was due)' }) since: Date;
  @ApiProperty({ type: String, nullable: true, description: "the approver's comment on a return or an exception" }) comment: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) planned: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) linked: number | null;
}

class InboxCountsResponse implements Record<InboxKind, number> {
  @ApiProperty({ type: 'integer' }) planSubmitted: number;
  @ApiProperty({ type: 'integer' }) quarterSubmitted: number;
  @ApiProperty({ type: 'integer' }) planReturned: number;
  @ApiProperty({ type: 'integer' }) quarterOpen: number;
  @ApiProperty({ type: 'integer' }) lateEntry: number;
  @ApiProperty({ type: 'integer' }) itemBehind: number;
}

export class InboxResponse implements Inbox<Date> {
  @ApiProperty({ type: 'integer', description: 'everything waiting, of every kind' }) total: number;
  @ApiProperty({ type: InboxCountsResponse }) counts: Record<InboxKind, number>;
  @ApiProperty({ type: [InboxItemResponse], description: 'oldest first within each kind, at most 50 of a kind' }) items: InboxItem<Date>[];
}
