import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Channel, Format } from '../../../contracts/codes';

@Entity('media_plan_items')
export class MediaPlanItem {
  @PrimaryGeneratedColumn() id: number;
  @Column('integer', { name: 'media_plan_id' }) mediaPlanId: number;
  @Column('text') topic: string;
  @Column('text') format: Format;
  @Column('text') channel: Channel;
  @Column('integer', { name: 'outlet_id', nullable: true }) outletId: number | null;
  @Column('integer', { name: 'rubric_id', nullable: true }) rubricId: number | null;
  @Column('integer', { name: 'direction_id', nullable: true }) directionId: number | null;
  @Column('integer', { name: 'special_project_id', nullable: true }) specialProjectId: number | null;
  @Column('smallint', { name: 'planned_quarter', nullable: true }) plannedQuarter: number | null;
  @Column('smallint', { name: 'planned_month', nullable: true }) plannedMonth: number | null;
  @Column('integer', { name: 'planned_count' }) plannedCount: number;
  @Column('text', { nullable: true }) responsible: string | null;
  @Column('text', { nullable: true }) notes: string | null;
  @Column('integer') version: number;
}
