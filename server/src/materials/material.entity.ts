import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Channel, Format, Language, MediaLevel } from '../../../contracts/codes';

@Entity('materials')
export class Material {
  @PrimaryGeneratedColumn()
  id: number;

  @Column('integer', { name: 'region_id' })
  regionId: number;

  @Column('integer', { name: 'outlet_id' })
  outletId: number;

  @Column('integer', { name: 'rubric_id', nullable: true })
  rubricId: number | null;

  @Column('text')
  channel: Channel;

  @Column('text', { name: 'media_level' })
  mediaLevel: MediaLevel;

  @Column('text')
  language: Language;

  @Column('text')
  format: Format;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  url: string | null;

  @Column('date', { name: 'published_on' })
  publishedOn: string;

  @Column('integer', { name: 'direction_id', nullable: true })
  directionId: number | null;

  @Column('integer', { name: 'special_project_id', nullable: true })
  specialProjectId: number | null;

  @Column('integer', { name: 'media_plan_item_id', nullable: true })
  mediaPlanItemId: number | null;

  @Column('integer', { nullable: true })
  views: number | null;

  @Column('integer', { nullable: true })
  reactions: number | null;

  @Column('integer', { nullable: true })
  shares: number | null;

  @Column('integer', { nullable: true })
  comments: number | null;

  @Column('integer', { nullable: true })
  reach: number | null;

  @Column('text', { nullable: true })
  notes: string | null;

  @Column('integer', { name: 'import_id', nullable: true })
  importId: number | null;

  @Column('integer', { name: 'created_by_id', nullable: true })
  createdById: number | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;

  @Column('integer')
  version: number;
}
