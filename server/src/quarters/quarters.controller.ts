import { BadRequestException, Body, Controller, Get, HttpCode, Param, ParseEnumPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../common/current-actor.decorator';
import { Actor } from '../common/actor';
import { ApiErrors, ApiSignedIn } from '../common/api-responses';
import {
  QUARTER_STEPS,
  QuarterOverviewQueryDto,
  QuarterStatusRow,
  QuarterStatusRowResponse,
  QuarterStep,
  QuarterStepDto,
} from './quarters.dto';
import { QuartersService } from './quarters.service';
import { refusal } from '../common/coded-error';

/** The step of the path, refused as bad input with its code when it is none of the steps. */
function stepPipe(): ParseEnumPipe {
  return new ParseEnumPipe(Object.fromEntries(QUARTER_STEPS.map((s) => [s, s])), {
    exceptionFactory: (message) => refusal(BadRequestException, 'validation.isIn', message, { values: QUARTER_STEPS.join(', ') }, 'step'),
  });
}

@ApiTags('quarters')
@ApiBearerAuth()
@ApiSignedIn()
@Controller('quarters')
export class QuartersController {
  constructor(private readonly quarters: QuartersService) {}

  @Get()
  @ApiOkResponse({ type: [QuarterStatusRowResponse] })
  @ApiErrors(400)
  overview(@Query() q: QuarterOverviewQueryDto, @CurrentActor() actor: Actor): Promise<QuarterStatusRow[]> {
    return this.quarters.overview(q.year, actor);
  }

  @Post(':step')
  @HttpCode(200)
  @ApiParam({ name: 'step', enum: QUARTER_STEPS })
  @ApiOkResponse({ type: QuarterStatusRowResponse, description: 'the quarter after the step' })
  @ApiErrors(400, 403, 409)
  step(
    @Param('step', stepPipe()) step: QuarterStep,
    @Body() body: QuarterStepDto,
    @CurrentActor() actor: Actor,
  ): Promise<QuarterStatusRow> {
    return this.quarters.step(step, body, actor);
  }
}
