import { useState } from 'react';
import { ImportUploadError, uploadImport } from './importApi';
import { canRunImport, isSpreadsheetName, uploadErrorKey } from './importRules';
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
  const [errorKey, setErrorKey] = useState<string | null>(null);
  const [errorStatus, setErrorStatus] = useState(0);

  const choose = (chosen: File) => {
    setChecked(null);
    setImported(null);
    if (isSpreadsheetName(chosen.name)) {
      setFile(chosen);
      setErrorKey(null);
    } else {
      setFile(null);
      setErrorKey('app.imports.errors.unsupported');
    }
  };

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setErrorKey(null);
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
    } catch (error) {
      const status = error instanceof ImportUploadError ? error.status : 0;
      setErrorStatus(status);
      setErrorKey(uploadErrorKey(status));
    } finally {
      setStage({ kind: 'idle' });
    }
  };

  return {
    file,
    checked: checked?.file === file ? checked.result : null,
    imported,
    stage,
    error: errorKey ? { key: errorKey, status: errorStatus } : null,
    busy: stage.kind !== 'idle',
    importable: canRunImport(file, checked),
    choose,
    check: () => send(true),
    run: () => send(false),
  };
};
