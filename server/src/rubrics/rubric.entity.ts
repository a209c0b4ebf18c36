import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('rubrics')
export class Rubric {
  @PrimaryGeneratedColumn() id: number;
  @Column('integer', { name: 'outlet_id' }) outletId: number;
  @Column('text') name: string;
  @Column('integer', { name: 'special_project_id', nullable: true }) specialProjectId: number | null;
  @Column('boolean') active: boolean;
  @Column('integer') version: number;
}
