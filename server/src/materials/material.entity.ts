import { Column, ColumnType, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MATERIAL_FIELDS, MaterialRow } from './material.fields';

const COLUMN_TYPES: Record<string, ColumnType> = { int: 'integer', text: 'text', date: 'date', timestamp: 'timestamptz' };

/** The materials table, mapped from its field list as the column decorators would map it. */
export const Material = class Material {} as new () => MaterialRow;
export type Material = MaterialRow;

Entity('materials')(Material);
for (const [property, field] of Object.entries(MATERIAL_FIELDS)) {
  if (field.origin === 'key') PrimaryGeneratedColumn()(Material.prototype, property);
  else Column({ type: COLUMN_TYPES[field.type], name: field.column, nullable: 'nullable' in field })(Material.prototype, property);
}
