import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../common/is-calendar-date';
import { ReadOnlyFields, VersionedUpdate } from '../common/update-fields';
import { YearQueryDto } from '../common/year-query.dto';
import { FIRST_YEAR, LAST_YEAR } from '../../../contracts/codes';
import { IsId } from '../common/is-id';

export class CreateMediaPlanDto {
  @ApiPropertyOptional({ description: 'empty for the unified republican plan' })
  @IsOptional()
  @IsId()
  regionId?: number | null;

  @ApiProperty({ example: 2020 })
  @IsInt()
  @Min(FIRST_YEAR)
  @Max(LAST_YEAR)
  year: number;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title: string;
}

/** Workflow stamps come back with the record from react-admin; only the workflow steps change them. */
export const WORKFLOW_FIELDS = ['status', 'submittedAt', 'submittedById', 'approvedAt', 'approvedById', 'returnComment'] as const;

export class UpdateMediaPlanDto extends IntersectionType(
  PartialType(CreateMediaPlanDto, { skipNullProperties: false }),
  VersionedUpdate,
  ReadOnlyFields(WORKFLOW_FIELDS),
) {}

export class CommentDto {
  @ApiProperty({ description: 'why the plan is returned or reopened' })
  @IsString()
  @IsNotEmpty({ message: 'comment is required' })
  @MaxLength(4000)
  comment: string;
}

export class OptionalCommentDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  comment?: string;
}

export const BULK_ACTIONS = ['approve', 'return'] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

export class BulkStepDto {
  @ApiProperty({ enum: BULK_ACTIONS })
  @IsIn(BULK_ACTIONS)
  action: BulkAction;

  @ApiProperty({ type: [Number] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsId({ each: true })
  ids: number[];

  @ApiPropertyOptional({
    type: [Number],
    description: "each plan's version as the caller saw it, in the order of ids: a plan changed since is refused (409)",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsId({ each: true })
  versions?: number[];

  @ApiPropertyOptional({ description: 'required to return' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  comment?: string;
}

export class CopyPlanDto {
  @ApiProperty({ example: 2021, description: 'the year of the new draft' })
  @IsInt()
  @Min(FIRST_YEAR)
  @Max(LAST_YEAR)
  year: number;
}

export class ExecutionQueryDto {
  @ApiPropertyOptional({ description: 'the day against which items are judged late; today by default' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}

export class OverviewQueryDto extends YearQueryDto {}
