import { Module } from '@nestjs/common';
import { MediaPlansController } from './media-plans.controller';
import { MediaPlanChangesService } from './media-plan-changes.service';
import { MediaPlanExecutionService } from './media-plan-execution.service';
import { MediaPlanWorkflowService } from './media-plan-workflow.service';
import { MediaPlanWorkflowController } from './media-plan-workflow.controller';
import { MediaPlansService } from './media-plans.service';

@Module({
  controllers: [MediaPlanWorkflowController, MediaPlansController],
  providers: [MediaPlanChangesService, MediaPlansService, MediaPlanWorkflowService, MediaPlanExecutionService],
  exports: [MediaPlansService],
})
export class MediaPlansModule {}
