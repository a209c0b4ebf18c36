import ListIcon from '@mui/icons-material/List';
import { Alert, Button } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useNumberFormat } from '../common/useNumberFormat';
import { Link } from 'react-router';
import { useDrillDown } from '../analytics/useDrillDown';
import type { ImportResult } from '../../../contracts/imports';

/** The saved import: how many materials were created and skipped, and the way to them. */
export const ImportDone = ({ result }: { result: ImportResult }) => {
  const translate = useTranslate();
  const drillDown = useDrillDown();
  const { count } = useNumberFormat();
  return (
    <Alert
      severity="success"
      data-testid="import-done"
      action={
        result.importId !== undefined && (
          <Button
            component={Link}
            to={drillDown.path({ importId: result.importId })}
            startIcon={<ListIcon />}
            color="inherit"
            data-testid="import-open-materials"
          >
            {translate('app.imports.result.open')}
          </Button>
        )
      }
    >
      {translate('app.imports.result.created', { created: count(result.created), duplicates: count(result.skippedDuplicates) })}
    </Alert>
  );
};
