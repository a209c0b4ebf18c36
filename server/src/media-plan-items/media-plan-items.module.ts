import { Module } from '@nestjs/common';
import { crudController } from '../common/crud.controller';
import { CreateMediaPlanItemDto, UpdateMediaPlanItemDto } from './media-plan-item.dto';
import { MediaPlanItemsService } from './media-plan-items.service';
import { MediaPlanItemResponse } from './media-plan-item.response';

export const MediaPlanItemsController = crudController({
  path: 'media-plan-items',
  service: MediaPlanItemsService,
  create: CreateMediaPlanItemDto,
  update: UpdateMediaPlanItemDto,
  record: MediaPlanItemResponse,
});

@Module({ controllers: [MediaPlanItemsController], providers: [MediaPlanItemsService] })
export class MediaPlanItemsModule {}
