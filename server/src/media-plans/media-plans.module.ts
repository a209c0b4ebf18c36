import { Module } from '@nestjs/common';
import { crudController } from '../common/crud.controller';
import { CreateMediaPlanDto, UpdateMediaPlanDto } from './media-plan.dto';
import { MediaPlanExecutionService } from './media-plan-execution.service';
import { MediaPlanWorkflowService } from './media-plan-workflow.service';
import { MediaPlanWorkflowController } from './media-plan-workflow.controller';
import { MediaPlansService } from './media-plans.service';
import { MediaPlanResponse } from './media-plan.response';

export const MediaPlansController = crudController({
  path: 'media-plans',
  service: MediaPlansService,
  create: CreateMediaPlanDto,
  update: UpdateMediaPlanDto,
  record: MediaPlanResponse,
});

@Module({
  controllers: [MediaPlanWorkflowController, MediaPlansController],
  providers: [MediaPlansService, MediaPlanWorkflowService, MediaPlanExecutionService],
})
export class MediaPlansModule {}
