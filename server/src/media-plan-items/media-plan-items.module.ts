import { Module } from '@nestjs/common';
import { MediaPlanItemsController } from './media-plan-items.controller';
import { MediaPlanItemsService } from './media-plan-items.service';

@Module({ controllers: [MediaPlanItemsController], providers: [MediaPlanItemsService], exports: [MediaPlanItemsService] })
export class MediaPlanItemsModule {}
