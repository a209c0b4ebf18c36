import { Module } from '@nestjs/common';
import { DirectionsModule } from '../directions/directions.module';
import { RegionsModule } from '../regions/regions.module';
import { SpecialProjectsModule } from '../special-projects/special-projects.module';
import { TargetAudiencesModule } from '../target-audiences/target-audiences.module';
import { ReferencesController } from './references.controller';
import { ReferencesService } from './references.service';

@Module({
  imports: [RegionsModule, DirectionsModule, SpecialProjectsModule, TargetAudiencesModule],
  controllers: [ReferencesController],
  providers: [ReferencesService],
})
export class ReferencesModule {}
