import { Controller } from '@nestjs/common';
import { CrudRoutes } from '../common/crud.controller';
import { CreateMediaPlanItemDto, UpdateMediaPlanItemDto } from './media-plan-item.dto';
import { MediaPlanItemResponse } from '../media-plans/media-plan-item.response';
import { MediaPlanItemsService } from './media-plan-items.service';

@Controller('media-plan-items')
export class MediaPlanItemsController extends CrudRoutes({
  path: 'media-plan-items',
  create: CreateMediaPlanItemDto,
  update: UpdateMediaPlanItemDto,
  record: MediaPlanItemResponse,
}) {
  constructor(service: MediaPlanItemsService) {
    super(service);
  }
}
