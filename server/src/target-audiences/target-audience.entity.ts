import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('target_audiences')
export class TargetAudience {
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

  @Column('text', { name: 'methods_kk' })
  methodsKk: string;

  @Column('text', { name: 'methods_ru' })
  methodsRu: string;

  @Column('integer')
  version: number;
}
