import { applyDecorators, Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiSignedIn } from '../common/api-responses';
import { CurrentActor } from '../common/current-actor.decorator';
import { Roles } from '../common/roles.decorator';
import { Actor } from '../common/actor';
import { IdPipe } from '../common/id.pipe';
import { BulkStepDto, CommentDto, CopyPlanDto, ExecutionQueryDto, OptionalCommentDto, OverviewQueryDto } from './media-plan.dto';
import { MediaPlan } from './media-plan.entity';
import {
  BulkResponse,
  MediaPlanResponse,
  PlanChangesResponse,
  PlanExecutionResponse,
  PlanOverviewRowResponse,
} from './media-plan.response';
import type { PlanChanges, PlanExecution, WorkflowStep } from '../../../contracts/media-plans';
import { MediaPlanChangesService } from './media-plan-changes.service';
import { MediaPlanExecutionService, PlanOverviewRow } from './media-plan-execution.service';
import { BulkResult, MediaPlanWorkflowService } from './media-plan-workflow.service';
import { MediaPlansService } from './media-plans.service';

/** A workflow step's route: 200 with the plan, or why the step was refused. */
const WorkflowStepRoute = (step: WorkflowStep) =>
  applyDecorators(Post(`:id/${step}`), HttpCode(200), ApiOkResponse({ type: MediaPlanResponse }), ApiErrors(400, 403, 404, 409));

@ApiTags('media-plans')
@ApiBearerAuth()
@ApiSignedIn()
@Controller('media-plans')
export class MediaPlanWorkflowController {
  constructor(
    private readonly workflow: MediaPlanWorkflowService,
    private readonly execution: MediaPlanExecutionService,
    private readonly plans: MediaPlansService,
    private readonly changes: MediaPlanChangesService,
  ) {}

  @Get('overview')
  @ApiOkResponse({ type: [PlanOverviewRowResponse] })
  @ApiErrors(400)
  overview(@Query() q: OverviewQueryDto, @CurrentActor() actor: Actor): Promise<PlanOverviewRow[]> {
    return this.execution.overview(q.year, actor);
  }

  @Post('bulk')
  @HttpCode(200)
  @Roles('approver', 'admin')
  @ApiOkResponse({ type: BulkResponse, description: 'each plan stepped in its own transaction' })
  @ApiErrors(400, 403, 413)
  bulk(@Body() body: BulkStepDto, @CurrentActor() actor: Actor): Promise<{ results: BulkResult[] }> {
    return this.workflow.bulk(body, actor);
  }

  @WorkflowStepRoute('submit')
  submit(@Param('id', IdPipe) id: number, @Body() body: OptionalCommentDto, @CurrentActor() actor: Actor): Promise<MediaPlan> {
    return this.workflow.step(id, 'submit', actor, body.comment);
  }

  @WorkflowStepRoute('approve')
  approve(@Param('id', IdPipe) id: number, @Body() body: OptionalCommentDto, @CurrentActor() actor: Actor): Promise<MediaPlan> {
    return this.workflow.step(id, 'approve', actor, body.comment);
  }

  @WorkflowStepRoute('return')
  return(@Param('id', IdPipe) id: number, @Body() body: CommentDto, @CurrentActor() actor: Actor): Promise<MediaPlan> {
    return this.workflow.step(id, 'return', actor, body.comment);
  }

  @WorkflowStepRoute('reopen')
  reopen(@Param('id', IdPipe) id: number, @Body() body: CommentDto, @CurrentActor() actor: Actor): Promise<MediaPlan> {
    return this.workflow.step(id, 'reopen', actor, body.comment);
  }

  @Post(':id/copy')
  @ApiCreatedResponse({ type: MediaPlanResponse, description: 'the new draft' })
  @ApiErrors(400, 403, 404, 409)
  copy(@Param('id', IdPipe) id: number, @Body() body: CopyPlanDto, @CurrentActor() actor: Actor): Promise<MediaPlan> {
    return this.plans.copy(id, body.year, actor);
  }

  @Get(':id/execution')
  @ApiOkResponse({ type: PlanExecutionResponse })
  @ApiErrors(400, 403, 404)
  executionOf(@Param('id', IdPipe) id: number, @Query() q: ExecutionQueryDto, @CurrentActor() actor: Actor): Promise<PlanExecution> {
    return this.execution.execution(id, actor, q.asOf);
  }

  @Get(':id/changes')
  @ApiOkResponse({ type: PlanChangesResponse, description: "the items added, removed and changed since the plan's previous submission" })
  @ApiErrors(400, 404)
  changesOf(@Param('id', IdPipe) id: number, @CurrentActor() actor: Actor): Promise<PlanChanges<Date>> {
    return this.changes.changes(id, actor);
  }
}
