import { useTranslate } from 'react-admin';
import type { ImportMessageParams, ImportSaid } from '../../../contracts/imports';
import { useDateFormat } from '../common/useDateFormat';

/** A problem or duplicate of a checked file in the UI's language; the server's own message when its code is unknown here. */
export const useSayImportProblem = () => {
  const translate = useTranslate();
  const dates = useDateFormat();
  const withDates = ({ today, ...params }: ImportMessageParams): ImportMessageParams =>
    today === undefined ? params : { ...params, today: dates.date(String(today)) };
  return ({ code, params }: Partial<ImportSaid>, fallback: string): string =>
    code ? translate(`app.imports.problems.${code}`, { ...withDates(params ?? {}), _: fallback }) : fallback;
};
