/** English messages of the materials import page (under `app`). */
export const importsEn = {
  imports: {
    menu: 'Import materials',
    title: 'Import materials from Excel and CSV',
    subtitle: 'Download the template, fill it in, check the file and load the materials',
    template: {
      title: '1. Template',
      hint: 'The Excel template has a sheet of allowed values: outlets, rubrics, languages, formats, directions and special projects.',
      format: 'Format',
      language: 'Header language',
      download: 'Download template',
      failed: 'Could not download the template',
    },
    file: {
      title: '2. File',
      hint: 'An .xlsx or .csv file (separated by ";" or ","). Check it first: nothing is saved while the file has errors.',
      choose: 'Choose file',
      replace: 'Choose another file',
      none: 'No file chosen',
      selected: '%{name} (%{size} KB)',
    },
    actions: {
      check: 'Check',
      import: 'Import',
      check_first: 'Import becomes available once this file has been checked without errors',
    },
    progress: {
      uploading: 'Uploading the file: %{percent}%',
      processing: 'The server is checking the rows…',
    },
    result: {
      errors: '%{errors} error found. Fix the file and upload it again. |||| %{errors} errors found. Fix the file and upload it again.',
      clean: 'No errors. Rows: %{rows}, materials to create: %{toCreate}, duplicates to skip: %{duplicates}.',
      nothing_new:
        'No errors, but nothing new: the %{duplicates} row is already stored or repeated. |||| No errors, but nothing new: all %{duplicates} rows are already stored or repeated.',
      created: 'Import complete: %{created} materials created, %{duplicates} duplicates skipped.',
      open: 'Open the imported materials',
      problems: 'Errors',
      duplicates: 'Duplicates (will be skipped)',
      listed: 'Showing the first %{listed} of %{total}',
      download_errors: 'Download the errors (CSV)',
    },
    columns: { row: 'Row', column: 'Column', message: 'Error', reason: 'Reason' },
    errors: {
      unsupported: 'Choose a file ending in .xlsx or .csv.',
      unreadable: 'The file is damaged or is not an Excel or CSV spreadsheet.',
      too_large: 'The file is larger than the import allows. Split it into several files.',
      forbidden: 'Only RPO editors and administrators may import materials.',
      session: 'Your session has expired. Please sign in again.',
      network: 'Could not send the file. Check the connection and try again.',
      failed: 'The import failed (code %{status}). Please try again.',
      limit: {
        rows: 'The file has more rows than an import allows (at most %{max}). Split it into several files.',
        columns: 'A row of the file has more columns than an import allows (at most %{max}).',
        cell_length: 'A cell of the file is longer than an import allows (at most %{max} characters).',
        shared_strings: 'The workbook holds more distinct texts than an import allows (at most %{max}). Split it into several files.',
        sheets: 'The workbook has more sheets than an import allows (at most %{max}). Keep the materials sheet and delete the others.',
        entries:
          'The workbook is made of more parts than an import allows (at most %{max}). Save it again from Excel as a plain .xlsx workbook.',
        entry_bytes: 'A part of the workbook unpacks to more than an import allows (at most %{max} MB). Split it into several files.',
        total_bytes: 'The workbook unpacks to more than an import allows (at most %{max} MB). Split it into several files.',
        memory: 'Reading the file needs more memory than an import may use (%{max} MB). Split it into several files.',
        file_bytes: 'The file is larger than an import allows (at most %{max} MB). Split it into several files.',
      },
    },
  },
};
