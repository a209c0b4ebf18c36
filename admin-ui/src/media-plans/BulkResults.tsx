import { Alert, AlertTitle, List, ListItem } from '@mui/material';
import { useTranslate } from 'react-admin';
import { sayProblem } from '../providers/apiErrors';
import { summarizeBulk } from './overviewData';
import type { BulkResult } from '../../../contracts/media-plans';

export const BulkResults = ({ results, titles }: { results: BulkResult[]; titles: Map<number, string> }) => {
  const translate = useTranslate();
  if (results.length === 0) return null;
  const { succeeded, failed } = summarizeBulk(results);
  return (
    <Alert severity={failed.length ? 'warning' : 'success'} sx={{ mb: 2 }} data-testid="bulk-results">
      <AlertTitle>{translate('app.plans.overview.bulk_done', { ok: succeeded, failed: failed.length })}</AlertTitle>
      {failed.length > 0 && (
        <List dense disablePadding>
          {failed.map((result) => (
            <ListItem key={result.id} disableGutters>
              {translate('app.plans.overview.bulk_failed', {
                title: titles.get(result.id) ?? `#${result.id}`,
                code: result.statusCode,
                message: sayProblem(translate, result),
              })}
            </ListItem>
          ))}
        </List>
      )}
    </Alert>
  );
};
