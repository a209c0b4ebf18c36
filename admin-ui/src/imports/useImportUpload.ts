import { useState } from 'react';
import { useLocaleState } from 'react-admin';
import { ImportUploadError, uploadImport } from './importApi';
import { canRunImport, isSpreadsheetName, UploadErrorMessage, uploadErrorMessage } from './importRules';
import { ImportResult, UploadStage } from './types';

interface Checked {
  file: File;
  result: ImportResult;
}

/** The chosen file, its dry run, the import and the stage of the upload in progress. */
export const useImportUpload = () => {
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [imported, setImported] = useState<ImportResult | null>(null);
  const [stage, setStage] = useState<UploadStage>({ kind: 'idle' });
  const [error, setError] = useState<UploadErrorMessage | null>(null);
  const [locale] = useLocaleState();

  const choose = (chosen: File) => {
    setChecked(null);
    setImported(null);
    if (isSpreadsheetName(chosen.name)) {
      setFile(chosen);
      setError(null);
    } else {
      setFile(null);
      setError({ key: 'app.imports.errors.unsupported', params: {} });
    }
  };

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setError(null);
    setStage({ kind: 'uploading', percent: 0 });
    try {
      const result = await uploadImport(file, dryRun, {
        onProgress: (percent) => setStage({ kind: 'uploading', percent }),
        onProcessing: () => setStage({ kind: 'processing' }),
      });
      if (dryRun) setChecked({ file, result });
      else if (result.importId === undefined) setChecked({ file, result });
      else {
        setImported(result);
        setChecked(null);
        setFile(null);
      }
    } catch (e) {
      setError(e instanceof ImportUploadError ? uploadErrorMessage(e.status, e.code, e.params, locale) : uploadErrorMessage(0, undefined, undefined, locale));
    } finally {
      setStage({ kind: 'idle' });
    }
  };

  return {
    file,
    checked: checked?.file === file ? checked.result : null,
    imported,
    stage,
    error,
    busy: stage.kind !== 'idle',
    importable: canRunImport(file, checked),
    choose,
    check: () => send(true),
    run: () => send(false),
  };
};
