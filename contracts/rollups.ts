/** A materials-list filter (without the period): the JSON `filter` parameter of the rollups, as the list takes it. */
export type MaterialFilter = Record<string, string | number | (string | number)[]>;

/** The query of GET /api/rollups/*: a period, the one region it may be confined to, and the filter it counts under. */
export interface RollupQuery {
  from: string;
  to: string;
  regionId?: number;
  filter?: MaterialFilter;
}

/** GET /api/rollups/national */
export interface LevelCount {
  total: number;
  tv: number;
  radio: number;
  print: number;
}

export interface NationalRollup {
  from: string;
  to: string;
  total: number;
  republican: LevelCount;
  regional: LevelCount;
  internet: number;
  social: number;
}

/** GET /api/rollups?groupBy=a,b: a count per combination of the grouped fields. */
export interface CountRow {
  count: number;
  [key: string]: string | number | null;
}

/** GET /api/rollups?groupBy=year */
export interface YearCount {
  year: number;
  count: number;
}
