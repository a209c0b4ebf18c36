import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { NationalRollup, NationalRollupQueryDto, RollupQueryDto, RollupRow } from './rollups.dto';
import { RollupsService } from './rollups.service';

@ApiTags('rollups')
@ApiBearerAuth()
@Controller('rollups')
export class RollupsController {
  constructor(private readonly rollups: RollupsService) {}

  @Get('national')
  national(@Query() q: NationalRollupQueryDto): Promise<NationalRollup> {
    return this.rollups.national(q.from, q.to, q.regionId);
  }

  @Get()
  grouped(@Query() q: RollupQueryDto): Promise<RollupRow[]> {
    return this.rollups.grouped(q.groupBy, q.from, q.to, q.filter);
  }
}
