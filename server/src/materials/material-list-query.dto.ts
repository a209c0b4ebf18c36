import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional } from 'class-validator';
import { ListQueryDto } from '../common/list-query.dto';
import { MATERIAL_EMBEDS, MaterialEmbed } from '../../../contracts/materials';

/** The list's query, and the records its page refers to that the answer may embed (docs/api-extensions.md). */
export class MaterialListQueryDto extends ListQueryDto {
  @ApiPropertyOptional({
    type: String,
    example: 'outlets,regions',
    description: `comma-separated, of ${MATERIAL_EMBEDS.join(', ')}: the answer is then { data, embedded }`,
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',') : value))
  @IsIn(MATERIAL_EMBEDS, { each: true })
  embed?: MaterialEmbed[];
}
