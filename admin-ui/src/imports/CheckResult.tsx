import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Box, Button } from '@mui/material';
import { downloadCSV, useTranslate } from 'react-admin';
import { useNumberFormat } from '../common/useNumberFormat';
import { errorReportCsv } from './errorReport';
import { ListedTable } from './ListedTable';
import { useSayImportProblem } from './useSayImportProblem';
import type { ImportResult } from '../../../contracts/imports';

/** What a dry run found: a summary, then the problems and the duplicates row by row. */
export const CheckResult = ({ result }: { result: ImportResult }) => {
  const translate = useTranslate();
  const { count } = useNumberFormat();
  const say = useSayImportProblem();
  const errors = result.errors.map((problem) => ({ ...problem, message: say(problem, problem.message) }));
  const duplicates = result.duplicates.map((duplicate) => ({ ...duplicate, reason: say(duplicate, duplicate.reason) }));
  const counts = {
    rows: count(result.rows),
    toCreate: count(result.toCreate),
    duplicates: count(result.skippedDuplicates),
    errors: count(result.errorCount),
  };
  const clean = result.toCreate > 0 ? 'app.imports.result.clean' : 'app.imports.result.nothing_new';
  return (
    <>
      {result.errorCount > 0 ? (
        <Alert severity="error" data-testid="import-check-errors">
          {translate('app.imports.result.errors', { ...counts, smart_count: result.errorCount })}
        </Alert>
      ) : (
        <Alert severity={result.toCreate > 0 ? 'success' : 'warning'} data-testid="import-check-clean">
          {translate(clean, { ...counts, smart_count: result.skippedDuplicates })}
        </Alert>
      )}
      {errors.length > 0 && (
        <Box sx={{ mt: 2 }}>
          <Button
            variant="outlined"
            startIcon={<DownloadIcon />}
            onClick={() =>
              downloadCSV(
                errorReportCsv(errors, (column) => translate(`app.imports.columns.${column}`)),
                'import-errors',
              )
            }
            data-testid="import-errors-download"
          >
            {translate('app.imports.result.download_errors')}
          </Button>
        </Box>
      )}
      <ListedTable
        title={translate('app.imports.result.problems')}
        rows={errors}
        total={result.errorCount}
        columns={['row', 'column', 'message']}
        testId="import-problems"
      />
      <ListedTable
        title={translate('app.imports.result.duplicates')}
        rows={duplicates}
        total={result.skippedDuplicates}
        columns={['row', 'reason']}
        testId="import-duplicates"
      />
    </>
  );
};
