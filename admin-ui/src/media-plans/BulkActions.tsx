import CheckIcon from '@mui/icons-material/Check';
import UndoIcon from '@mui/icons-material/Undo';
import { Button, Stack, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useRefresh, useTranslate } from 'react-admin';
import { CommentDialog } from '../common/CommentDialog';
import type { OutreachDataProvider } from '../providers/dataProvider';
import type { BulkAction, BulkResult } from '../../../contracts/media-plans';
import { bulkInput } from './overviewData';
import { useMutationErrorNotifier } from '../common/useMutationErrorNotifier';

interface BulkActionsProps {
  selected: number[];
  /** The selectable plans' versions as shown: sent back with the step, so that a plan changed since is refused. */
  versions?: ReadonlyMap<number, number>;
  onDone: (results: BulkResult[]) => void;
}

export const BulkActions = ({ selected, versions, onDone }: BulkActionsProps) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<OutreachDataProvider>();
  const refresh = useRefresh();
  const notifyError = useMutationErrorNotifier();
  const [returning, setReturning] = useState(false);
  const mutation = useMutation({
    mutationFn: ({ action, comment }: { action: BulkAction; comment?: string }) =>
      dataProvider.bulkPlanStep(bulkInput(action, selected, versions, comment)),
    onSuccess: ({ results }) => {
      setReturning(false);
      onDone(results);
    },
    onError: notifyError,
    // Even a failed answer may follow steps already taken: the plans, the inbox and its count in the menu, and the
    // trail the plans' pages tell their state from are all read again.
    onSettled: refresh,
  });
  const none = selected.length === 0 || mutation.isPending;
  return (
    <Stack direction="row" useFlexGap spacing={2} sx={{ mb: 1, alignItems: 'center', flexWrap: 'wrap' }}>
      <Typography variant="body2" color="text.secondary">
        {translate('app.plans.overview.selected', { smart_count: selected.length })}
      </Typography>
      <Button
        variant="contained"
        color="success"
        size="small"
        startIcon={<CheckIcon />}
        disabled={none}
        onClick={() => mutation.mutate({ action: 'approve' })}
        data-testid="bulk-approve"
      >
        {translate('app.plans.overview.approve_selected')}
      </Button>
      <Button
        variant="outlined"
        color="warning"
        size="small"
        startIcon={<UndoIcon />}
        disabled={none}
        onClick={() => setReturning(true)}
        data-testid="bulk-return"
      >
        {translate('app.plans.overview.return_selected')}
      </Button>
      <CommentDialog
        kind="plan"
        open={returning}
        title={translate('app.plans.dialogs.bulk_return')}
        confirmLabel={translate('app.workflowStep.return')}
        busy={mutation.isPending}
        onClose={() => setReturning(false)}
        onConfirm={(comment) => mutation.mutate({ action: 'return', comment })}
      />
    </Stack>
  );
};
