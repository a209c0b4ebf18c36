import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Locale, Role } from '../../../contracts/codes';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn() id: number;
  @Column('text') login: string;
  @Column('text', { name: 'password_hash' }) passwordHash: string;
  @Column('text', { name: 'full_name' }) fullName: string;
  @Column('text') role: Role;
  @Column('integer', { name: 'region_id', nullable: true }) regionId: number | null;
  @Column('text') locale: Locale;
  @Column('boolean') active: boolean;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('integer') version: number;

  /** Tokens carry it; raising it ends every session issued before. */
  @Column('integer', { name: 'session_generation', default: 0 }) sessionGeneration: number;
}
