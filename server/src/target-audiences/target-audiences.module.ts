import { Module } from '@nestjs/common';
import { crudController } from '../common/crud.controller';
import { CreateTargetAudienceDto, UpdateTargetAudienceDto } from './target-audience.dto';
import { TargetAudiencesService } from './target-audiences.service';

export const TargetAudiencesController = crudController({
  path: 'target-audiences',
  service: TargetAudiencesService,
  create: CreateTargetAudienceDto,
  update: UpdateTargetAudienceDto,
});

@Module({ controllers: [TargetAudiencesController], providers: [TargetAudiencesService] })
export class TargetAudiencesModule {}
