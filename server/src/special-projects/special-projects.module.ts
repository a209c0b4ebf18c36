import { Injectable, Module } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { DataSource } from 'typeorm';
import { crudController } from '../common/crud.controller';
import { CrudService } from '../common/crud.service';
import { NAMED_FIELDS, NAMED_SEARCH, NamedReferenceDto } from '../common/names.dto';
import { VersionedUpdate } from '../common/update-fields';
import { SpecialProject } from './special-project.entity';

export class CreateSpecialProjectDto extends NamedReferenceDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  directionId: number;

  @ApiPropertyOptional({ description: 'the year the project started; the newest ones are highlighted' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  introducedIn?: number | null;
}
export class UpdateSpecialProjectDto extends IntersectionType(PartialType(CreateSpecialProjectDto), VersionedUpdate) {}

@Injectable()
export class SpecialProjectsService extends CrudService<SpecialProject> {
  constructor(ds: DataSource) {
    super(ds, SpecialProject, {
      resource: 'special-projects',
      fields: {
        ...NAMED_FIELDS,
        directionId: { column: 'directionId', type: 'int' },
        introducedIn: { column: 'introducedIn', type: 'int' },
      },
      search: NAMED_SEARCH,
      defaultSort: ['id', 'ASC'],
    });
  }
}

export const SpecialProjectsController = crudController({
  path: 'special-projects',
  service: SpecialProjectsService,
  create: CreateSpecialProjectDto,
  update: UpdateSpecialProjectDto,
});

@Module({ controllers: [SpecialProjectsController], providers: [SpecialProjectsService] })
export class SpecialProjectsModule {}
