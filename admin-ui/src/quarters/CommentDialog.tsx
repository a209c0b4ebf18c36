import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';

interface CommentDialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  onConfirm: (comment: string) => void;
}

/** Asks for the comment a late-entry exception requires. */
export const CommentDialog = ({ open, title, onClose, onConfirm }: CommentDialogProps) => {
  const translate = useTranslate();
  const [comment, setComment] = useState('');
  const blank = comment.trim() === '';
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <TextField
          autoFocus
          multiline
          minRows={3}
          fullWidth
          margin="dense"
          label={translate('app.quarters.comment')}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          helperText={blank ? translate('app.quarters.comment_required') : ' '}
          slotProps={{ htmlInput: { 'data-testid': 'quarter-comment' } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" disabled={blank} onClick={() => onConfirm(comment.trim())} data-testid="quarter-comment-confirm">
          {translate('app.quarters.steps.exception')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
