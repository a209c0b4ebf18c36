import { Injectable, Module } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { Allow, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DataSource } from 'typeorm';
import { PLAN_STATUSES } from '../common/codes';
import { crudController } from '../common/crud.controller';
import { CrudService } from '../common/crud.service';
import { VersionedUpdate } from '../common/update-fields';
import { MediaPlan } from './media-plan.entity';

export class CreateMediaPlanDto {
  @ApiPropertyOptional({ description: 'empty for the unified republican plan' })
  @IsOptional()
  @IsInt()
  @Min(1)
  regionId?: number | null;

  @ApiProperty({ example: 2020 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title: string;
}

const WORKFLOW_FIELDS = ['status', 'submittedAt', 'submittedById', 'approvedAt', 'approvedById', 'returnComment'] as const;

/** Workflow stamps come back with the record from react-admin; only the workflow steps change them. */
class MediaPlanReadOnly {
  @ApiPropertyOptional({ readOnly: true }) @IsOptional() @Allow() status?: unknown;
  @ApiPropertyOptional({ readOnly: true }) @IsOptional() @Allow() submittedAt?: unknown;
  @ApiPropertyOptional({ readOnly: true }) @IsOptional() @Allow() submittedById?: unknown;
  @ApiPropertyOptional({ readOnly: true }) @IsOptional() @Allow() approvedAt?: unknown;
  @ApiPropertyOptional({ readOnly: true }) @IsOptional() @Allow() approvedById?: unknown;
  @ApiPropertyOptional({ readOnly: true }) @IsOptional() @Allow() returnComment?: unknown;
}

export class UpdateMediaPlanDto extends IntersectionType(PartialType(CreateMediaPlanDto), VersionedUpdate, MediaPlanReadOnly) {}

@Injectable()
export class MediaPlansService extends CrudService<MediaPlan> {
  constructor(ds: DataSource) {
    super(
      ds,
      MediaPlan,
      {
        resource: 'media-plans',
        fields: {
          id: { column: 'id', type: 'int' },
          regionId: { column: 'regionId', type: 'int' },
          year: { column: 'year', type: 'int' },
          title: { column: 'title', type: 'text' },
          status: { column: 'status', type: 'text', values: PLAN_STATUSES },
          submittedAt: { column: 'submittedAt', type: 'timestamp' },
          submittedById: { column: 'submittedById', type: 'int' },
          approvedAt: { column: 'approvedAt', type: 'timestamp' },
          approvedById: { column: 'approvedById', type: 'int' },
          returnComment: { column: 'returnComment', type: 'text', filterable: false },
          version: { column: 'version', type: 'int', filterable: false },
        },
        search: ['title'],
        defaultSort: ['year', 'DESC'],
      },
      {
        readOnly: WORKFLOW_FIELDS,
        regionOf: async (_m, p) => p.regionId ?? null,
        regionSql: (alias) => `${alias}.region_id`,
        defaults: (draft, actor) => {
          if (draft.regionId === undefined && actor.role === 'rpo_editor') draft.regionId = actor.regionId;
        },
        prepare: async (_m, draft, before) => {
          draft.regionId ??= null;
          if (before === null) draft.status = 'draft';
        },
      },
    );
  }
}

export const MediaPlansController = crudController({ path: 'media-plans', service: MediaPlansService, create: CreateMediaPlanDto, update: UpdateMediaPlanDto });

@Module({ controllers: [MediaPlansController], providers: [MediaPlansService] })
export class MediaPlansModule {}
