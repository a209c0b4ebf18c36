import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PlanStatus } from '../../../contracts/codes';
import type { MediaPlan as MediaPlanRecord } from '../../../contracts/media-plans';

@Entity('media_plans')
export class MediaPlan implements MediaPlanRecord<Date> {
  @PrimaryGeneratedColumn() id: number;
  @Column('integer', { name: 'region_id', nullable: true }) regionId: number | null;
  @Column('smallint') year: number;
  @Column('text') title: string;
  @Column('text') status: PlanStatus;
  @Column('timestamptz', { name: 'submitted_at', nullable: true }) submittedAt: Date | null;
  @Column('integer', { name: 'submitted_by_id', nullable: true }) submittedById: number | null;
  @Column('timestamptz', { name: 'approved_at', nullable: true }) approvedAt: Date | null;
  @Column('integer', { name: 'approved_by_id', nullable: true }) approvedById: number | null;
  @Column('text', { name: 'return_comment', nullable: true }) returnComment: string | null;
  @Column('integer') version: number;
}
