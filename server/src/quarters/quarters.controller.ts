import { Body, Controller, Get, HttpCode, Param, ParseEnumPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../common/current-actor.decorator';
import { Actor } from '../common/actor';
import { QUARTER_STEPS, QuarterOverviewQueryDto, QuarterStatusRow, QuarterStep, QuarterStepDto } from './quarters.dto';
import { QuartersService } from './quarters.service';

@ApiTags('quarters')
@ApiBearerAuth()
@Controller('quarters')
export class QuartersController {
  constructor(private readonly quarters: QuartersService) {}

  @Get()
  overview(@Query() q: QuarterOverviewQueryDto, @CurrentActor() actor: Actor): Promise<QuarterStatusRow[]> {
    return this.quarters.overview(q.year, actor);
  }

  @Post(':step')
  @HttpCode(200)
  @ApiParam({ name: 'step', enum: QUARTER_STEPS })
  step(
    @Param('step', new ParseEnumPipe(Object.fromEntries(QUARTER_STEPS.map((s) => [s, s])))) step: QuarterStep,
    @Body() body: QuarterStepDto,
    @CurrentActor() actor: Actor,
  ): Promise<QuarterStatusRow> {
    return this.quarters.step(step, body, actor);
  }
}
