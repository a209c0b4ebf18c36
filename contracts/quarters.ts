export const QUARTER_STEPS = ['submit', 'approve', 'exception', 'close'] as const;
/** POST /api/quarters/:step */
export type QuarterStep = (typeof QUARTER_STEPS)[number];

export const QUARTER_STATUSES = ['open', 'submitted', 'approved', 'exception'] as const;
export type QuarterStatus = (typeof QUARTER_STATUSES)[number];

/** The body of POST /api/quarters/:step; an RPO editor's own region when regionId is left out. */
export interface QuarterStepInput {
  regionId?: number;
  year: number;
  quarter: number;
  comment?: string;
}

/** One region's quarter: GET /api/quarters/overview lists them, and each step answers with one. */
export interface QuarterRow {
  regionId: number;
  year: number;
  quarter: number;
  status: QuarterStatus;
  submittedAt: string | null;
  submittedBy: string | null;
  approvedAt: string | null;
  approvedBy: string | null;
  exceptionAt: string | null;
  exceptionBy: string | null;
  exceptionComment: string | null;
}
