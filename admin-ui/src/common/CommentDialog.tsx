import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';

// A plan's field is marked required and always hints at it; a quarter's hints only while the comment is blank.
const KINDS = {
  plan: {
    label: 'app.plans.comment',
    hint: 'app.plans.comment_required',
    markRequired: true,
    input: 'comment-input',
    confirm: 'comment-confirm',
  },
  quarter: {
    label: 'app.quarters.comment',
    hint: 'app.quarters.comment_required',
    markRequired: false,
    input: 'quarter-comment',
    confirm: 'quarter-comment-confirm',
  },
};

interface CommentDialogProps {
  kind: keyof typeof KINDS;
  open: boolean;
  /** The dialog's title and its confirming button, translated. */
  title: string;
  confirmLabel: string;
  busy?: boolean;
  onClose: () => void;
  onConfirm: (comment: string) => void;
}

/** Asks for the comment a step must carry (a plan's return or reopen, a quarter's exception); confirming waits for one. */
export const CommentDialog = ({ kind, open, title, confirmLabel, busy, onClose, onConfirm }: CommentDialogProps) => {
  const translate = useTranslate();
  const [comment, setComment] = useState('');
  useEffect(() => {
    if (open) setComment('');
  }, [open]);
  const { label, hint, markRequired, input, confirm } = KINDS[kind];
  const blank = comment.trim() === '';
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <TextField
          autoFocus
          required={markRequired}
          multiline
          minRows={3}
          fullWidth
          margin="dense"
          label={translate(label)}
          helperText={markRequired || blank ? translate(hint) : ' '}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          slotProps={{ htmlInput: { 'data-testid': input } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" disabled={blank || busy} onClick={() => onConfirm(comment.trim())} data-testid={confirm}>
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
