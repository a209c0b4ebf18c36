import { Module } from '@nestjs/common';
import { crudController } from '../common/crud.controller';
import { CreateMediaPlanItemDto, UpdateMediaPlanItemDto } from './media-plan-item.dto';
import { MediaPlanItemsService } from './media-plan-items.service';

export const MediaPlanItemsController = crudController({
  path: 'media-plan-items',
  service: MediaPlanItemsService,
  create: CreateMediaPlanItemDto,
  update: UpdateMediaPlanItemDto,
});

@Module({ controllers: [MediaPlanItemsController], providers: [MediaPlanItemsService] })
export class MediaPlanItemsModule {}
