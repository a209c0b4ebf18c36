import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { CLOSURE_STATUSES, ClosureStatus } from './quarter-closure.entity';
import { YearQueryDto } from '../common/year-query.dto';
import { FIRST_YEAR, LAST_YEAR } from '../../../contracts/codes';
import { IsId } from '../common/is-id';

export { QUARTER_STEPS, type QuarterStep } from '../../../contracts/quarters';

export class QuarterStepDto {
  @ApiPropertyOptional({ description: "an RPO editor's own region when left out" })
  @IsOptional()
  @IsId()
  regionId?: number;

  @ApiProperty({ example: 2020 })
  @IsInt()
  @Min(FIRST_YEAR)
  @Max(LAST_YEAR)
  year: number;

  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  @Max(4)
  quarter: number;

  @ApiPropertyOptional({ description: 'required for a late-entry exception' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  comment?: string;
}

export class QuarterOverviewQueryDto extends YearQueryDto {}

export interface QuarterStatusRow {
  regionId: number;
  year: number;
  quarter: number;
  status: ClosureStatus | 'open';
  submittedAt: Date | null;
  submittedBy: string | null;
  approvedAt: Date | null;
  approvedBy: string | null;
  exceptionAt: Date | null;
  exceptionBy: string | null;
  exceptionComment: string | null;
  version: number | null;
}

export class QuarterStatusRowResponse implements QuarterStatusRow {
  @ApiProperty({ type: 'integer' }) regionId: number;
  @ApiProperty({ type: 'integer' }) year: number;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 4 }) quarter: number;
  @ApiProperty({ enum: ['open', ...CLOSURE_STATUSES] }) status: ClosureStatus | 'open';
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt: Date | null;
  @ApiProperty({ type: String, nullable: true, description: 'who submitted it' }) submittedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) approvedAt: Date | null;
  @ApiProperty({ type: String, nullable: true }) approvedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) exceptionAt: Date | null;
  @ApiProperty({ type: String, nullable: true }) exceptionBy: string | null;
  @ApiProperty({ type: String, nullable: true }) exceptionComment: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'null while the quarter is open' }) version: number | null;
}
