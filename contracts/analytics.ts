export interface CompletenessMonth {
  month: string;
  count: number;
  ratio: number;
}

export interface RegionCompleteness {
  regionId: number;
  total: number;
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
