import { Injectable, Module } from '@nestjs/common';
import { ApiProperty, IntersectionType, PartialType } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { crudController } from '../common/crud.controller';
import { CrudService } from '../common/crud.service';
import { NAMED_FIELDS, NAMED_SEARCH, NamedReferenceDto } from '../common/names.dto';
import { VersionedUpdate } from '../common/update-fields';
import { TargetAudience } from './target-audience.entity';

export class CreateTargetAudienceDto extends NamedReferenceDto {
  @ApiProperty({ description: 'priority methods of work, in Kazakh' })
  @IsString()
  @MaxLength(4000)
  methodsKk: string;

  @ApiProperty({ description: 'priority methods of work, in Russian' })
  @IsString()
  @MaxLength(4000)
  methodsRu: string;
}
export class UpdateTargetAudienceDto extends IntersectionType(PartialType(CreateTargetAudienceDto), VersionedUpdate) {}

@Injectable()
export class TargetAudiencesService extends CrudService<TargetAudience> {
  constructor(ds: DataSource) {
    super(ds, TargetAudience, {
      resource: 'target-audiences',
      fields: { ...NAMED_FIELDS, methodsKk: { column: 'methodsKk', type: 'text' }, methodsRu: { column: 'methodsRu', type: 'text' } },
      search: NAMED_SEARCH,
      defaultSort: ['id', 'ASC'],
    });
  }
}

export const TargetAudiencesController = crudController({
  path: 'target-audiences',
  service: TargetAudiencesService,
  create: CreateTargetAudienceDto,
  update: UpdateTargetAudienceDto,
});

@Module({ controllers: [TargetAudiencesController], providers: [TargetAudiencesService] })
export class TargetAudiencesModule {}
