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
