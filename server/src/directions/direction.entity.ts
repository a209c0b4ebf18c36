import { Entity } from 'typeorm';
import { NamedReference } from '../common/named-reference.entity';

@Entity('directions')
export class Direction extends NamedReference {}
