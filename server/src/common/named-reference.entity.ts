import { Column, PrimaryGeneratedColumn } from 'typeorm';

/** The id, code, three names and version that regions, directions, special projects and audiences share. */
export abstract class NamedReference {
  @PrimaryGeneratedColumn() id: number;
  @Column('text') code: string;
  @Column('text', { name: 'name_kk' }) nameKk: string;
  @Column('text', { name: 'name_ru' }) nameRu: string;
  @Column('text', { name: 'name_en' }) nameEn: string;
  @Column('integer') version: number;
}
