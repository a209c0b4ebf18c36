import { Column, Entity } from 'typeorm';
import { NamedReference } from '../common/named-reference.entity';

@Entity('special_projects')
export class SpecialProject extends NamedReference {
  @Column('integer', { name: 'direction_id' }) directionId: number;
  @Column('smallint', { name: 'introduced_in', nullable: true }) introducedIn: number | null;
}
