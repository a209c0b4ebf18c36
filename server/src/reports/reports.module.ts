import { Module } from '@nestjs/common';
import { RollupsModule } from '../rollups/rollups.module';
import { QuarterlyReportService } from './quarterly-report.service';
import { ReportsController } from './reports.controller';

@Module({ imports: [RollupsModule], controllers: [ReportsController], providers: [QuarterlyReportService] })
export class ReportsModule {}
