/** What a checked file's problems and duplicates may say, with the parameters each says it with. */
export const IMPORT_PROBLEM_CODES = {
  unknownColumn: ['column'],
  repeatedColumn: ['column'],
  missingColumn: ['column'],
  required: [],
  tooLong: ['max'],
  badDate: ['firstYear', 'lastYear'],
  closedQuarter: ['quarter', 'year'],
  laterThanToday: ['today'],
  notFound: ['value'],
  ambiguous: ['value'],
  notAllowed: ['allowed'],
  outletOfOtherRegion: ['value'],
  rubricOfOtherOutlet: ['value'],
  otherRegion: [],
  regionRequired: [],
  badUrl: [],
  badCount: [],
  tooManyAudiences: ['max'],
  planItemOfOtherRegion: [],
  planItemOfOtherYear: ['year'],
  planItemNotApproved: [],
  duplicateInFile: ['row'],
  duplicateStored: [],
} as const satisfies Record<string, readonly string[]>;
export type ImportProblemCode = keyof typeof IMPORT_PROBLEM_CODES;
export type ImportMessageParams = Record<string, string | number>;

/** A message as the server says it in the user's saved language, and as its code and parameters for the UI's. */
export interface ImportSaid {
  code: ImportProblemCode;
  params: ImportMessageParams;
}

export interface ImportProblem extends ImportSaid {
  row: number;
  column: string;
  message: string;
}

export interface ImportDuplicate extends ImportSaid {
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

export const TEMPLATE_LANGUAGES = ['ru', 'kk', 'en'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];
