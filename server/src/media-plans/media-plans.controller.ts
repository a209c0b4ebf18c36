import { Controller } from '@nestjs/common';
import { CrudRoutes } from '../common/crud.controller';
import { CreateMediaPlanDto, UpdateMediaPlanDto } from './media-plan.dto';
import { MediaPlanResponse } from './media-plan.response';
import { MediaPlansService } from './media-plans.service';

@Controller('media-plans')
export class MediaPlansController extends CrudRoutes({
  path: 'media-plans',
  create: CreateMediaPlanDto,
  update: UpdateMediaPlanDto,
  record: MediaPlanResponse,
}) {
  constructor(service: MediaPlansService) {
    super(service);
  }
}
