import CheckIcon from '@mui/icons-material/Check';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import SendIcon from '@mui/icons-material/Send';
import UndoIcon from '@mui/icons-material/Undo';
import { Button } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { ReactElement, useState } from 'react';
import { useDataProvider, useGetIdentity, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { CommentDialog } from '../common/CommentDialog';
import { allowedSteps } from './planAccess';
import type { OutreachDataProvider } from '../providers/dataProvider';
import type { MediaPlan, WorkflowStep } from '../../../contracts/media-plans';
import { useMutationErrorNotifier } from '../common/useMutationErrorNotifier';

const icons: Record<WorkflowStep, ReactElement> = {
  submit: <SendIcon />,
  approve: <CheckIcon />,
  return: <UndoIcon />,
  reopen: <LockOpenIcon />,
};

const needsComment = (step: WorkflowStep) => step === 'return' || step === 'reopen';

/** The steps the signed-in user may take on this plan now; return and reopen ask for a comment. */
export const WorkflowButtons = () => {
  const plan = useRecordContext<MediaPlan>();
  const dataProvider = useDataProvider<OutreachDataProvider>();
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useMutationErrorNotifier();
  const refresh = useRefresh();
  const [asking, setAsking] = useState<WorkflowStep | null>(null);
  const mutation = useMutation({
    mutationFn: ({ step, comment }: { step: WorkflowStep; comment?: string }) => dataProvider.planStep(plan?.id ?? 0, step, comment),
    onSuccess: (_plan, { step }) => {
      setAsking(null);
      // The step said as the audit trail says it.
      notify(`app.audit.sentence.${step}`, { type: 'success' });
      refresh();
    },
    onError: notifyError,
  });
  if (!plan || !identity) return null;

  return (
    <>
      {allowedSteps(plan, identity).map((step) => (
        <Button
          key={step}
          size="small"
          startIcon={icons[step]}
          color={step === 'approve' ? 'success' : step === 'return' ? 'warning' : 'primary'}
          disabled={mutation.isPending}
          onClick={() => (needsComment(step) ? setAsking(step) : mutation.mutate({ step }))}
          data-testid={`step-${step}`}
        >
          {translate(`app.workflowStep.${step}`)}
        </Button>
      ))}
      <CommentDialog
        kind="plan"
        open={asking !== null}
        title={translate(`app.plans.dialogs.${asking ?? 'return'}`)}
        confirmLabel={translate(`app.workflowStep.${asking ?? 'return'}`)}
        busy={mutation.isPending}
        onClose={() => setAsking(null)}
        onConfirm={(comment) => asking && mutation.mutate({ step: asking, comment })}
      />
    </>
  );
};
