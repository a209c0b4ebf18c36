export interface ImportProblem {
  row: number;
  column: string;
  message: string;
}

export interface ImportDuplicate {
  row: number;
  reason: string;
}

/** The answer of POST /api/materials/import; the lists hold at most 1000 entries, the counts are complete. */
export interface ImportResult {
  dryRun: boolean;
  rows: number;
  created: number;
  toCreate: number;
  skippedDuplicates: number;
  errorCount: number;
  errors: ImportProblem[];
  duplicates: ImportDuplicate[];
  importId?: number;
}

/** GET /api/materials/import/template?format=&lang= */
export const TEMPLATE_FORMATS = ['xlsx', 'csv'] as const;
export type TemplateFormat = (typeof TEMPLATE_FORMATS)[number];

export const TEMPLATE_LANGUAGES = ['ru', 'kk'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];
