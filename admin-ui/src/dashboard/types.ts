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

export interface YearCount {
  year: number;
  count: number;
}

export type Quarter = 0 | 1 | 2 | 3 | 4;

export interface Period {
  from: string;
  to: string;
}
