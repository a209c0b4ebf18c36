import { BadRequestException, Injectable, Module } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { DataSource } from 'typeorm';
import { crudController } from '../common/crud.controller';
import { CrudService } from '../common/crud.service';
import { VersionedUpdate } from '../common/update-fields';
import { Outlet } from '../outlets/outlet.entity';
import { Rubric } from './rubric.entity';

export class CreateRubricDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  outletId: number;

  @ApiProperty({ example: 'Туған жер' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  specialProjectId?: number | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
export class UpdateRubricDto extends IntersectionType(PartialType(CreateRubricDto), VersionedUpdate) {}

@Injectable()
export class RubricsService extends CrudService<Rubric> {
  constructor(ds: DataSource) {
    super(
      ds,
      Rubric,
      {
      resource: 'rubrics',
      fields: {
        id: { column: 'id', type: 'int' },
        outletId: { column: 'outletId', type: 'int' },
        name: { column: 'name', type: 'text' },
        specialProjectId: { column: 'specialProjectId', type: 'int' },
        active: { column: 'active', type: 'bool' },
        version: { column: 'version', type: 'int', filterable: false },
      },
        search: ['name'],
        defaultSort: ['name', 'ASC'],
      },
      {
        regionOf: async (m, r) => {
          const outlet = await m.findOneBy(Outlet, { id: r.outletId });
          if (!outlet) throw new BadRequestException(['outletId: no such outlet']);
          return outlet.regionId;
        },
      },
    );
  }
}

export const RubricsController = crudController({ path: 'rubrics', service: RubricsService, create: CreateRubricDto, update: UpdateRubricDto });

@Module({ controllers: [RubricsController], providers: [RubricsService] })
export class RubricsModule {}
