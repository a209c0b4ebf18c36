import { canRunImport, isSpreadsheetName, percentOf, uploadErrorKey, uploadErrorMessage } from './importRules';
import { importsEn } from '../i18n/imports/en';
import { importsKk } from '../i18n/imports/kk';
import { importsRu } from '../i18n/imports/ru';
import type { ImportResult } from '../../../contracts/imports';

const result = (changes: Partial<ImportResult> = {}): ImportResult => ({
  dryRun: true,
  rows: 2,
  created: 0,
  toCreate: 2,
  skippedDuplicates: 0,
  errorCount: 0,
  errors: [],
  duplicates: [],
  ...changes,
});

const fileNamed = (name: string) => new File(['x'], name);

describe('canRunImport', () => {
  const file = fileNamed('log.csv');

  it('allows the import after a clean dry run of the same file', () => {
    expect(canRunImport(file, { file, result: result() })).toBe(true);
  });

  it('refuses when the dry run found errors', () => {
    expect(canRunImport(file, { file, result: result({ errorCount: 1 }) })).toBe(false);
  });

  it('refuses when another file was chosen after the dry run', () => {
    expect(canRunImport(fileNamed('log.csv'), { file, result: result() })).toBe(false);
  });

  it('refuses when nothing was checked or nothing is new', () => {
    expect(canRunImport(file, null)).toBe(false);
    expect(canRunImport(file, { file, result: result({ toCreate: 0, skippedDuplicates: 2 }) })).toBe(false);
  });
});

describe('uploadErrorKey', () => {
  it('names a translated message for each answer the import can give', () => {
    expect(uploadErrorKey(400)).toBe('app.imports.errors.unreadable');
    expect(uploadErrorKey(403)).toBe('app.imports.errors.forbidden');
    expect(uploadErrorKey(413)).toBe('app.imports.errors.too_large');
    expect(uploadErrorKey(0)).toBe('app.imports.errors.network');
    expect(uploadErrorKey(500)).toBe('app.imports.errors.failed');
  });
});

describe('uploadErrorMessage', () => {
  it("names the limit a refused file passed, with the maximum in the reader's locale and bytes in MB", () => {
    expect(uploadErrorMessage(413, 'import.limit', { limit: 'rows', max: 150000 }, 'ru')).toEqual({
      key: 'app.imports.errors.limit.rows',
      params: { status: 413, max: new Intl.NumberFormat('ru').format(150000) },
    });
    expect(uploadErrorMessage(413, 'import.limit', { limit: 'entryBytes', max: 256 * 1024 * 1024 }, 'en').params.max).toBe('256');
    expect(uploadErrorMessage(413, 'import.limit', { limit: 'cellLength', max: 32767 }, 'en').key).toBe(
      'app.imports.errors.limit.cell_length',
    );
  });

  it('has a message in each language for every limit the server names', () => {
    const limits = [
      'rows',
      'columns',
      'cellLength',
      'sharedStrings',
      'sheets',
      'entries',
      'entryBytes',
      'totalBytes',
      'memory',
      'fileBytes',
    ];
    for (const messages of [importsEn, importsRu, importsKk]) {
      for (const limit of limits) {
        const key = uploadErrorMessage(413, 'import.limit', { limit, max: 1 }, 'en').key.split('.').pop() ?? '';
        expect(messages.imports.errors.limit).toHaveProperty(key, expect.stringContaining('%{max}'));
      }
    }
  });

  it('says any other refusal by its code, as the rest of the app does, the minutes picking the plural', () => {
    expect(uploadErrorMessage(429, 'request.tooMany', { minutes: 3 }, 'ru')).toEqual({
      key: 'app.errors.request.tooMany',
      params: { minutes: 3, smart_count: 3 },
    });
    expect(uploadErrorMessage(400, 'import.unreadable', {}, 'ru').key).toBe('app.imports.errors.unreadable');
  });

  it('falls back to the message of the status for an unknown limit, code or missing maximum', () => {
    expect(uploadErrorMessage(413, 'import.limit', { limit: 'planets', max: 1 }, 'en')).toEqual({
      key: 'app.imports.errors.too_large',
      params: { status: 413 },
    });
    expect(uploadErrorMessage(413, 'import.limit', { limit: 'rows' }, 'en').key).toBe('app.imports.errors.too_large');
    expect(uploadErrorMessage(400, undefined, undefined, 'en').key).toBe('app.imports.errors.unreadable');
  });
});

describe('isSpreadsheetName and percentOf', () => {
  it('accepts .xlsx and .csv in any case only', () => {
    expect(isSpreadsheetName('Журнал.XLSX')).toBe(true);
    expect(isSpreadsheetName('log.csv')).toBe(true);
    expect(isSpreadsheetName('log.xls')).toBe(false);
  });

  it('rounds the share uploaded and stays within 0 to 100', () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(5, 0)).toBe(0);
    expect(percentOf(7, 5)).toBe(100);
  });
});
