import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('special_projects')
export class SpecialProject {
  @PrimaryGeneratedColumn()
  id: number;

  @Column('text')
  code: string;

  @Column('integer', { name: 'direction_id' })
  directionId: number;

  @Column('text', { name: 'name_kk' })
  nameKk: string;

  @Column('text', { name: 'name_ru' })
  nameRu: string;

  @Column('text', { name: 'name_en' })
  nameEn: string;

  @Column('smallint', { name: 'introduced_in', nullable: true })
  introducedIn: number | null;

  @Column('integer')
  version: number;
}
