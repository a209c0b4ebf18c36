import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useGetIdentity, useNotify, useRecordContext, useRedirect, useTranslate } from 'react-admin';
import { FIRST_YEAR, LAST_YEAR } from '../../../contracts/codes';
import { ownsPlan } from './planAccess';
import type { OutreachDataProvider } from '../providers/dataProvider';
import type { MediaPlan } from '../../../contracts/media-plans';
import { useMutationErrorNotifier } from '../common/useMutationErrorNotifier';

/** Copies the plan with its items (without their facts) as the draft of another year. */
export const CopyPlanButton = () => {
  const plan = useRecordContext<MediaPlan>();
  const dataProvider = useDataProvider<OutreachDataProvider>();
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useMutationErrorNotifier();
  const redirect = useRedirect();
  const [year, setYear] = useState<number | null>(null);
  const mutation = useMutation({
    mutationFn: (target: number) => dataProvider.copyPlan(plan?.id ?? 0, target),
    onSuccess: (created) => {
      setYear(null);
      notify('app.plans.copy.done', { type: 'success', messageArgs: { year: created.year } });
      redirect('show', 'media-plans', created.id);
    },
    onError: notifyError,
  });
  if (!plan || !identity || !ownsPlan(plan, identity)) return null;
  const valid = year !== null && Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;

  return (
    <>
      <Button size="small" startIcon={<ContentCopyIcon />} onClick={() => setYear(plan.year + 1)} data-testid="plan-copy">
        {translate('app.plans.copy.button')}
      </Button>
      <Dialog open={year !== null} onClose={() => setYear(null)}>
        <DialogTitle>{translate('app.plans.copy.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate('app.plans.copy.explain')}</DialogContentText>
          <TextField
            type="number"
            margin="dense"
            label={translate('resources.media-plans.fields.year')}
            value={year ?? ''}
            onChange={(event) => setYear(Number(event.target.value))}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setYear(null)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" disabled={!valid || mutation.isPending} onClick={() => year && mutation.mutate(year)}>
            {translate('app.plans.copy.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
