export interface CompletenessMonth {
  month: string;
  count: number;
  ratio: number;
  /** Of count, the materials with at least one evidence file. */
  withEvidence: number;
}

export interface RegionCompleteness {
  regionId: number;
  total: number;
  /** Of total, the materials with at least one evidence file. */
  withEvidence: number;
  monthlyAverage: number;
  months: CompletenessMonth[];
  emptyMonths: string[];
  lateEntries: number;
}

/** GET /api/rollups/completeness */
export interface Completeness {
  from: string;
  to: string;
  lateAfterDays: number;
  months: string[];
  regions: RegionCompleteness[];
  lateEntries: number;
}

/** Where the audience learns about the programme: the channel mix an office's channels are set against. */
export interface CoverageBenchmark {
  tvRadio: number;
  internet: number;
}

export interface RegionQuarterCoverage {
  regionId: number;
  quarter: string;
  total: number;
  russianOrBilingual: number;
  seniors: number;
  ethnicGroups: number;
  youth: number;
  tvRadio: number;
  internet: number;
  newSpecialProjects: number;
  specialProjects: Record<string, number>;
  shares: { russianOrBilingual: number; seniors: number; ethnicGroups: number; youth: number; tvRadio: number; internet: number };
}

/** GET /api/rollups/coverage */
export interface Coverage {
  from: string;
  to: string;
  benchmark: CoverageBenchmark;
  newSpecialProjectIds: number[];
  rows: RegionQuarterCoverage[];
}
