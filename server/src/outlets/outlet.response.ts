import { ApiProperty } from '@nestjs/swagger';
import { Channel, CHANNELS, Language, LANGUAGES, MEDIA_LEVELS, MediaLevel } from '../../../contracts/codes';
import { Outlet } from './outlet.entity';

export class OutletResponse implements Outlet {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty({ description: "the outlet's own name, as it brands itself" }) name: string;
  @ApiProperty({ enum: CHANNELS }) kind: Channel;
  @ApiProperty({ enum: MEDIA_LEVELS }) level: MediaLevel;
  @ApiProperty({ type: 'integer', nullable: true, description: 'null for a republican outlet' }) regionId: number | null;
  @ApiProperty({ enum: LANGUAGES, isArray: true }) languages: Language[];
  @ApiProperty({ type: String, nullable: true }) url: string | null;
  @ApiProperty() active: boolean;
  @ApiProperty({ type: 'integer' }) version: number;
}
