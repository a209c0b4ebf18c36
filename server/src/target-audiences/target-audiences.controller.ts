import { Controller } from '@nestjs/common';
import { CrudRoutes } from '../common/crud.controller';
import { CreateTargetAudienceDto, UpdateTargetAudienceDto } from './target-audience.dto';
import { TargetAudienceResponse } from './target-audience.response';
import { TargetAudiencesService } from './target-audiences.service';

@Controller('target-audiences')
export class TargetAudiencesController extends CrudRoutes({
  path: 'target-audiences',
  create: CreateTargetAudienceDto,
  update: UpdateTargetAudienceDto,
  record: TargetAudienceResponse,
}) {
  constructor(service: TargetAudiencesService) {
    super(service);
  }
}
