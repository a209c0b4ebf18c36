import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Channel, CHANNELS, Format, FORMATS, Language, LANGUAGES, MEDIA_LEVELS, MediaLevel } from '../../../contracts/codes';
import type { Completeness, CompletenessMonth, Coverage, RegionCompleteness, RegionQuarterCoverage } from '../../../contracts/analytics';
import type { LevelCount, NationalRollup } from '../../../contracts/rollups';
import { AUDIENCE_CHANNEL_BENCHMARK } from './analytics.service';

export class LevelCountResponse implements LevelCount {
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) tv: number;
  @ApiProperty({ type: 'integer' }) radio: number;
  @ApiProperty({ type: 'integer' }) print: number;
}

export class NationalRollupResponse implements NationalRollup {
  @ApiProperty({ format: 'date', example: '2020-01-01' }) from: string;
  @ApiProperty({ format: 'date', example: '2020-12-31' }) to: string;
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: LevelCountResponse }) republican: LevelCount;
  @ApiProperty({ type: LevelCountResponse }) regional: LevelCount;
  @ApiProperty({ type: 'integer' }) internet: number;
  @ApiProperty({ type: 'integer' }) social: number;
}

/** One group: the keys asked for in groupBy, and its count. */
export class RollupRowResponse {
  @ApiPropertyOptional({ type: 'integer', nullable: true }) regionId?: number | null;
  @ApiPropertyOptional({ enum: CHANNELS }) channel?: Channel;
  @ApiPropertyOptional({ enum: MEDIA_LEVELS }) mediaLevel?: MediaLevel;
  @ApiPropertyOptional({ enum: LANGUAGES }) language?: Language;
  @ApiPropertyOptional({ enum: FORMATS }) format?: Format;
  @ApiPropertyOptional({ type: 'integer', nullable: true }) directionId?: number | null;
  @ApiPropertyOptional({ type: 'integer', nullable: true }) specialProjectId?: number | null;
  @ApiPropertyOptional({ type: 'integer', nullable: true }) targetAudienceId?: number | null;
  @ApiPropertyOptional({ type: 'integer', nullable: true }) outletId?: number | null;
  @ApiPropertyOptional({ example: '2020-03' }) month?: string;
  @ApiPropertyOptional({ example: '2020-Q1' }) quarter?: string;
  @ApiPropertyOptional({ type: 'integer', example: 2020 }) year?: number;
  @ApiProperty({ type: 'integer' }) count: number;
}

export class CompletenessMonthResponse implements CompletenessMonth {
  @ApiProperty({ example: '2020-03' }) month: string;
  @ApiProperty({ type: 'integer' }) count: number;
  @ApiProperty({ description: "the month's count over the region's monthly average" }) ratio: number;
  @ApiProperty({ type: 'integer', description: 'of count, the materials with at least one evidence file' }) withEvidence: number;
}

export class RegionCompletenessResponse implements RegionCompleteness {
  @ApiProperty({ type: 'integer' }) regionId: number;
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer', description: 'of total, the materials with at least one evidence file' }) withEvidence: number;
  @ApiProperty() monthlyAverage: number;
  @ApiProperty({ type: [CompletenessMonthResponse] }) months: CompletenessMonth[];
  @ApiProperty({ type: [String], example: ['2020-07'] }) emptyMonths: string[];
  @ApiProperty({ type: 'integer' }) lateEntries: number;
}

export class CompletenessResponse implements Completeness {
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;

  @ApiProperty({ type: 'integer', description: 'an entry logged more than this many days after its publication is late' })
  lateAfterDays: number;

  @ApiProperty({ type: [String], example: ['2020-01', '2020-02'] }) months: string[];
  @ApiProperty({ type: [RegionCompletenessResponse] }) regions: RegionCompleteness[];
  @ApiProperty({ type: 'integer' }) lateEntries: number;
}

export class CoverageSharesResponse {
  @ApiProperty() russianOrBilingual: number;
  @ApiProperty() seniors: number;
  @ApiProperty() ethnicGroups: number;
  @ApiProperty() youth: number;
  @ApiProperty() tvRadio: number;
  @ApiProperty() internet: number;
}

export class RegionQuarterCoverageResponse implements RegionQuarterCoverage {
  @ApiProperty({ type: 'integer' }) regionId: number;
  @ApiProperty({ example: '2020-Q1' }) quarter: string;
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) russianOrBilingual: number;
  @ApiProperty({ type: 'integer' }) seniors: number;
  @ApiProperty({ type: 'integer' }) ethnicGroups: number;
  @ApiProperty({ type: 'integer' }) youth: number;
  @ApiProperty({ type: 'integer' }) tvRadio: number;
  @ApiProperty({ type: 'integer' }) internet: number;
  @ApiProperty({ type: 'integer' }) newSpecialProjects: number;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'materials per special project id' })
  specialProjects: Record<string, number>;

  @ApiProperty({ type: CoverageSharesResponse }) shares: CoverageSharesResponse;
}

export class CoverageBenchmarkResponse implements Record<keyof typeof AUDIENCE_CHANNEL_BENCHMARK, number> {
  @ApiProperty({ example: 0.56 }) tvRadio: number;
  @ApiProperty({ example: 0.447 }) internet: number;
}

export class CoverageResponse implements Coverage {
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;

  @ApiProperty({ type: CoverageBenchmarkResponse, description: "the survey's shares of TV/radio and internet" })
  benchmark: typeof AUDIENCE_CHANNEL_BENCHMARK;

  @ApiProperty({ type: 'integer', isArray: true }) newSpecialProjectIds: number[];
  @ApiProperty({ type: [RegionQuarterCoverageResponse] }) rows: RegionQuarterCoverage[];
}
