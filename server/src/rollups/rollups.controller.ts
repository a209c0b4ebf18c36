import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { readRegion } from '../common/access-policy';
import { CurrentActor } from '../common/current-actor.decorator';
import { Actor } from '../common/actor';
import { ApiErrors, ApiSignedIn } from '../common/api-responses';
import type { Completeness } from '../../../contracts/analytics';
import { AnalyticsService, Coverage } from './analytics.service';
import type { NationalRollup } from '../../../contracts/rollups';
import { NationalRollupQueryDto, PeriodQueryDto, RollupQueryDto, RollupRow } from './rollups.dto';
import { CompletenessResponse, CoverageResponse, NationalRollupResponse, RollupRowResponse } from './rollups.response';
import { RollupsService } from './rollups.service';

/** An RPO editor's figures cover their own region, whatever the request asks for. */
function scopedRegion(actor: Actor, asked: number | undefined): number | undefined {
  const region = readRegion('materials', actor);
  return region === 'any' ? asked : region;
}

@ApiTags('rollups')
@ApiBearerAuth()
@ApiSignedIn()
@ApiErrors(400)
@Controller('rollups')
export class RollupsController {
  constructor(
    private readonly rollups: RollupsService,
    private readonly analytics: AnalyticsService,
  ) {}

  @Get('national')
  @ApiOkResponse({ type: NationalRollupResponse })
  national(@Query() q: NationalRollupQueryDto, @CurrentActor() actor: Actor): Promise<NationalRollup> {
    return this.rollups.national(actor, q.from, q.to, scopedRegion(actor, q.regionId), q.filter);
  }

  @Get('completeness')
  @ApiOkResponse({ type: CompletenessResponse })
  completeness(@Query() q: NationalRollupQueryDto, @CurrentActor() actor: Actor): Promise<Completeness> {
    return this.analytics.completeness(actor, q.from, q.to, scopedRegion(actor, q.regionId), q.filter);
  }

  @Get('coverage')
  @ApiOkResponse({ type: CoverageResponse })
  coverage(@Query() q: PeriodQueryDto, @CurrentActor() actor: Actor): Promise<Coverage> {
    return this.analytics.coverage(actor, q.from, q.to, scopedRegion(actor, q.regionId));
  }

  @Get()
  @ApiOkResponse({ type: [RollupRowResponse] })
  grouped(@Query() q: RollupQueryDto, @CurrentActor() actor: Actor): Promise<RollupRow[]> {
    return this.rollups.grouped(actor, q.groupBy, q.from, q.to, q.filter, scopedRegion(actor, undefined));
  }
}
