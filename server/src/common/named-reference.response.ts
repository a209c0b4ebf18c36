import { ApiProperty } from '@nestjs/swagger';
import { NamedReference } from './named-reference.entity';

/** The fields that regions, directions, special projects and audiences answer alike. */
export class NamedReferenceResponse implements NamedReference {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty({ example: 'north-kazakhstan' }) code: string;
  @ApiProperty() nameKk: string;
  @ApiProperty() nameRu: string;
  @ApiProperty() nameEn: string;
  @ApiProperty({ type: 'integer' }) version: number;
}
