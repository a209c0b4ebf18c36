import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('directions')
export class Direction {
  @PrimaryGeneratedColumn()
  id: number;

  @Column('text')
  code: string;

  @Column('text', { name: 'name_kk' })
  nameKk: string;

  @Column('text', { name: 'name_ru' })
  nameRu: string;

  @Column('text', { name: 'name_en' })
  nameEn: string;

  @Column('integer')
  version: number;
}
