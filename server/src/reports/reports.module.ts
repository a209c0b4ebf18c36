import { Module } from '@nestjs/common';
import { QuarterlyReportService } from './quarterly-report.service';
import { ReportsController } from './reports.controller';

@Module({ controllers: [ReportsController], providers: [QuarterlyReportService] })
export class ReportsModule {}
