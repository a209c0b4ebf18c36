import { Module } from '@nestjs/common';
import { TargetAudiencesController } from './target-audiences.controller';
import { TargetAudiencesService } from './target-audiences.service';

@Module({ controllers: [TargetAudiencesController], providers: [TargetAudiencesService], exports: [TargetAudiencesService] })
export class TargetAudiencesModule {}
