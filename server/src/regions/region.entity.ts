import { Column, Entity } from 'typeorm';
import { NamedReference } from '../common/named-reference.entity';

export const REGION_KINDS = ['oblast', 'city'] as const;
export type RegionKind = (typeof REGION_KINDS)[number];

@Entity('regions')
export class Region extends NamedReference {
  @Column('text')
  kind: RegionKind;

  @Column('text', { nullable: true })
  kato: string | null;

  @Column('date', { name: 'active_from' })
  activeFrom: string;

  @Column('date', { name: 'active_to', nullable: true })
  activeTo: string | null;
}
