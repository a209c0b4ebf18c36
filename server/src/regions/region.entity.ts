import { Column, Entity } from 'typeorm';
import type { RegionKind } from '../../../contracts/codes';
import { NamedReference } from '../common/named-reference.entity';

@Entity('regions')
export class Region extends NamedReference {
  @Column('text') kind: RegionKind;
  @Column('text', { nullable: true }) kato: string | null;
  @Column('date', { name: 'active_from' }) activeFrom: string;
  @Column('date', { name: 'active_to', nullable: true }) activeTo: string | null;
}
