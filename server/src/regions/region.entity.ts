import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const REGION_KINDS = ['oblast', 'city'] as const;
export type RegionKind = (typeof REGION_KINDS)[number];

@Entity('regions')
export class Region {
  @PrimaryGeneratedColumn()
  id: number;

  @Column('text')
  code: string;

  @Column('text')
  kind: RegionKind;

  @Column('text', { nullable: true })
  kato: string | null;

  @Column('text', { name: 'name_kk' })
  nameKk: string;

  @Column('text', { name: 'name_ru' })
  nameRu: string;

  @Column('text', { name: 'name_en' })
  nameEn: string;

  @Column('date', { name: 'active_from' })
  activeFrom: string;

  @Column('date', { name: 'active_to', nullable: true })
  activeTo: string | null;

  @Column('integer')
  version: number;
}
