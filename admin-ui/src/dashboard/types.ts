export interface YearCount {
  year: number;
  count: number;
}

export type Quarter = 0 | 1 | 2 | 3 | 4;

export interface Period {
  from: string;
  to: string;
}
