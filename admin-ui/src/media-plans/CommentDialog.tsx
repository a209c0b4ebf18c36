import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';

interface CommentDialogProps {
  open: boolean;
  title: string;
  confirmLabel: string;
  busy?: boolean;
  onClose: () => void;
  onConfirm: (comment: string) => void;
}

/** Asks for the comment that a return or a reopen must carry; confirming is disabled until there is one. */
export const CommentDialog = ({ open, title, confirmLabel, busy, onClose, onConfirm }: CommentDialogProps) => {
  const translate = useTranslate();
  const [comment, setComment] = useState('');
  useEffect(() => {
    if (open) setComment('');
  }, [open]);
  const blank = !comment.trim();
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate(title)}</DialogTitle>
      <DialogContent>
        <TextField
          autoFocus
          required
          multiline
          minRows={3}
          fullWidth
          margin="dense"
          label={translate('app.plans.comment')}
          helperText={translate('app.plans.comment_required')}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          slotProps={{ htmlInput: { 'data-testid': 'comment-input' } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" disabled={blank || busy} onClick={() => onConfirm(comment.trim())} data-testid="comment-confirm">
          {translate(confirmLabel)}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
