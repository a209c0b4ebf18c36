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
