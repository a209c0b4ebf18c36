import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditChanges } from '../../../contracts/audit-events';

@Entity('audit_events')
export class AuditEvent {
  @PrimaryGeneratedColumn() id: number;
  @Column('timestamptz') at: Date;
  @Column('integer', { name: 'user_id', nullable: true }) userId: number | null;
  @Column('text') action: string;
  @Column('text') resource: string;
  @Column('integer', { name: 'record_id', nullable: true }) recordId: number | null;
  @Column('integer', { name: 'region_id', nullable: true }) regionId: number | null;
  @Column('jsonb') changes: AuditChanges;
  @Column('text', { nullable: true }) comment: string | null;
}
