import { Module } from '@nestjs/common';
import { SpecialProjectsController } from './special-projects.controller';
import { SpecialProjectsService } from './special-projects.service';

@Module({ controllers: [SpecialProjectsController], providers: [SpecialProjectsService], exports: [SpecialProjectsService] })
export class SpecialProjectsModule {}
