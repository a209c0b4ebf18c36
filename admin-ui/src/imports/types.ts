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

export type TemplateFormat = 'xlsx' | 'csv';
export type TemplateLanguage = 'ru' | 'kk';

export type UploadStage = { kind: 'idle' } | { kind: 'uploading'; percent: number } | { kind: 'processing' };
