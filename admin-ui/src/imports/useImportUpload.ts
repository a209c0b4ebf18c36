import { useState } from 'react';
import { useDataProvider, useLocaleState } from 'react-admin';
import { problemsOf } from '../providers/apiErrors';
import type { OutreachDataProvider } from '../providers/dataProvider';
import { canRunImport, isSpreadsheetName, percentOf, UploadErrorMessage, uploadErrorMessage } from './importRules';
import type { ImportResult } from '../../../contracts/imports';
import { UploadStage } from './types';

interface Checked {
  file: File;
  result: ImportResult;
}

/** The chosen file, its dry run, the import and the stage of the upload in progress. */
export const useImportUpload = () => {
  const dataProvider = useDataProvider<OutreachDataProvider>();
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
      const outcome = await dataProvider.uploadImport(file, dryRun, {
        onProgress: (loaded, total) => setStage({ kind: 'uploading', percent: percentOf(loaded, total) }),
        onProcessing: () => setStage({ kind: 'processing' }),
      });
      if ('refused' in outcome) {
        const [problem] = problemsOf(outcome.refused.body);
        setError(uploadErrorMessage(outcome.refused.status, problem?.code, problem?.params, locale));
        return;
      }
      const { result } = outcome;
      if (dryRun) setChecked({ file, result });
      else if (result.importId === undefined) setChecked({ file, result });
      else {
        setImported(result);
        setChecked(null);
        setFile(null);
      }
    } catch {
      setError(uploadErrorMessage(0, undefined, undefined, locale));
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
