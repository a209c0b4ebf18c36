import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const CLOSURE_STATUSES = ['submitted', 'approved', 'exception'] as const;
export type ClosureStatus = (typeof CLOSURE_STATUSES)[number];

@Entity('quarter_closures')
export class QuarterClosure {
  @PrimaryGeneratedColumn() id: number;
  @Column('integer', { name: 'region_id' }) regionId: number;
  @Column('smallint') year: number;
  @Column('smallint') quarter: number;
  @Column('text') status: ClosureStatus;
  @Column('timestamptz', { name: 'submitted_at', nullable: true }) submittedAt: Date | null;
  @Column('integer', { name: 'submitted_by_id', nullable: true }) submittedById: number | null;
  @Column('timestamptz', { name: 'approved_at', nullable: true }) approvedAt: Date | null;
  @Column('integer', { name: 'approved_by_id', nullable: true }) approvedById: number | null;
  @Column('timestamptz', { name: 'exception_at', nullable: true }) exceptionAt: Date | null;
  @Column('integer', { name: 'exception_by_id', nullable: true }) exceptionById: number | null;
  @Column('text', { name: 'exception_comment', nullable: true }) exceptionComment: string | null;
  @Column('integer') version: number;
}
