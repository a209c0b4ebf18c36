import { Column, Entity } from 'typeorm';
import { NamedReference } from '../common/named-reference.entity';

@Entity('target_audiences')
export class TargetAudience extends NamedReference {
  @Column('text', { name: 'methods_kk' }) methodsKk: string;
  @Column('text', { name: 'methods_ru' }) methodsRu: string;
}
