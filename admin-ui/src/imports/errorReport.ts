import { csvOf } from '../common/csvExport';
import type { ImportProblem } from '../../../contracts/imports';

export type ProblemColumn = 'row' | 'column' | 'message';
const COLUMNS: ProblemColumn[] = ['row', 'column', 'message'];

/**
 * The listed problems of a checked file, messages said in the UI's language, as a CSV under translated headers. Column names and messages quote the
 * uploaded file's own cells, so they are neutralized like any text we write.
 */
export const errorReportCsv = (problems: Pick<ImportProblem, ProblemColumn>[], header: (column: ProblemColumn) => string): string =>
  csvOf(
    problems.map((problem) => Object.fromEntries(COLUMNS.map((column) => [header(column), problem[column]]))),
    COLUMNS.map(header),
  );
