import { Module } from '@nestjs/common';
import { QuarterlyReportService } from './quarterly-report.service';
import { ReportsController } from './reports.controller';
import { NoteService } from './note.service';

@Module({ controllers: [ReportsController], providers: [QuarterlyReportService, NoteService] })
export class ReportsModule {}
