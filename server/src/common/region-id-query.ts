import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { MAX_INT } from './pg-limits';

/**
 * An optional `regionId` of a query string. The decorators are listed in the order a stack of them is applied
 * (bottom up), so that its messages come in the order they always have.
 */
export const RegionIdQuery = (): PropertyDecorator =>
  applyDecorators(
    Max(MAX_INT),
    Min(1),
    IsInt({ message: 'regionId must be an integer' }),
    Type(() => Number),
    IsOptional(),
    ApiPropertyOptional(),
  );
