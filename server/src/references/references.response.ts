import { ApiProperty } from '@nestjs/swagger';
import type { References } from '../../../contracts/reference';
import { DirectionResponse } from '../directions/direction.response';
import { RegionResponse } from '../regions/region.response';
import { SpecialProjectResponse } from '../special-projects/special-project.response';
import { TargetAudienceResponse } from '../target-audiences/target-audience.response';

export class ReferencesResponse implements References {
  @ApiProperty({ type: [RegionResponse] }) regions: RegionResponse[];
  @ApiProperty({ type: [DirectionResponse] }) directions: DirectionResponse[];
  @ApiProperty({ type: [SpecialProjectResponse] }) specialProjects: SpecialProjectResponse[];
  @ApiProperty({ type: [TargetAudienceResponse] }) targetAudiences: TargetAudienceResponse[];
}
