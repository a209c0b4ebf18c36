import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Channel, Language, MediaLevel } from '../../../contracts/codes';

@Entity('outlets')
export class Outlet {
  @PrimaryGeneratedColumn() id: number;
  @Column('text') name: string;
  @Column('text') kind: Channel;
  @Column('text') level: MediaLevel;
  @Column('integer', { name: 'region_id', nullable: true }) regionId: number | null;
  @Column('text', { array: true }) languages: Language[];
  @Column('text', { nullable: true }) url: string | null;
  @Column('boolean') active: boolean;
  @Column('integer') version: number;
}
