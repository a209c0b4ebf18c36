import { ApiProperty, ApiPropertyOptional, ApiPropertyOptions } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import {
  IMPORT_PROBLEM_CODES,
  ImportDuplicate,
  ImportMessageParams,
  ImportProblem,
  ImportProblemCode,
  ImportResult,
  TEMPLATE_LANGUAGES,
  TemplateLanguage,
} from '../../../contracts/imports';

export class ImportQueryDto {
  @ApiPropertyOptional({ description: 'check the file and report, saving nothing' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'dryRun must be true or false' })
  dryRun?: boolean;
}

export class ImportTemplateQueryDto {
  @ApiPropertyOptional({ enum: ['xlsx', 'csv'], default: 'xlsx' })
  @IsOptional()
  @IsIn(['xlsx', 'csv'])
  format?: 'xlsx' | 'csv';

  @ApiPropertyOptional({
    enum: TEMPLATE_LANGUAGES,
    description: "column names, lists and the example row in Russian, Kazakh or English; the user's own language by default",
  })
  @IsOptional()
  @IsIn(TEMPLATE_LANGUAGES)
  lang?: TemplateLanguage;
}

const CODE = { enum: Object.keys(IMPORT_PROBLEM_CODES), description: 'what the message says, for the UI to say in its language' };
const PARAMS: ApiPropertyOptions = {
  type: 'object',
  additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
  description: "the message's parameters, by the names IMPORT_PROBLEM_CODES gives",
};

export class ImportProblemDto implements ImportProblem {
  @ApiProperty({ description: 'the spreadsheet row, the header being row 1' })
  row: number;

  @ApiProperty({ description: 'the column as the file names it' })
  column: string;

  @ApiProperty({ description: "in the user's language" })
  message: string;

  @ApiProperty(CODE)
  code: ImportProblemCode;

  @ApiProperty(PARAMS)
  params: ImportMessageParams;
}

export class ImportDuplicateDto implements ImportDuplicate {
  @ApiProperty()
  row: number;

  @ApiProperty()
  reason: string;

  @ApiProperty(CODE)
  code: ImportProblemCode;

  @ApiProperty(PARAMS)
  params: ImportMessageParams;
}

export class ImportResultDto implements ImportResult {
  @ApiProperty()
  dryRun: boolean;

  @ApiProperty({ description: 'data rows read (blank rows not counted)' })
  rows: number;

  @ApiProperty({ description: 'materials created (0 on a dry run or when the file has errors)' })
  created: number;

  @ApiProperty({ description: 'valid rows that are not duplicates: what an import without errors creates' })
  toCreate: number;

  @ApiProperty()
  skippedDuplicates: number;

  @ApiProperty({ description: 'all problems found; the list holds the first 1000' })
  errorCount: number;

  @ApiProperty({ type: [ImportProblemDto] })
  errors: ImportProblemDto[];

  @ApiProperty({ type: [ImportDuplicateDto], description: 'the first 1000 duplicates' })
  duplicates: ImportDuplicateDto[];

  @ApiPropertyOptional({ description: 'the saved import, which the created materials link to' })
  importId?: number;
}
