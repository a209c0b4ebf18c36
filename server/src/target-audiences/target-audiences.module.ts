import { Module } from '@nestjs/common';
import { crudController } from '../common/crud.controller';
import { CreateTargetAudienceDto, UpdateTargetAudienceDto } from './target-audience.dto';
import { TargetAudiencesService } from './target-audiences.service';
import { TargetAudienceResponse } from './target-audience.response';

export const TargetAudiencesController = crudController({
  path: 'target-audiences',
  service: TargetAudiencesService,
  create: CreateTargetAudienceDto,
  update: UpdateTargetAudienceDto,
  record: TargetAudienceResponse,
});

@Module({ controllers: [TargetAudiencesController], providers: [TargetAudiencesService] })
export class TargetAudiencesModule {}
