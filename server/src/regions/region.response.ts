import { ApiProperty } from '@nestjs/swagger';
import { REGION_KINDS, RegionKind } from '../../../contracts/codes';
import { NamedReferenceResponse } from '../common/named-reference.response';
import { Region } from './region.entity';

export class RegionResponse extends NamedReferenceResponse implements Region {
  @ApiProperty({ enum: REGION_KINDS }) kind: RegionKind;
  @ApiProperty({ type: String, nullable: true }) kato: string | null;
  @ApiProperty({ format: 'date', example: '2018-06-19' }) activeFrom: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) activeTo: string | null;
}
