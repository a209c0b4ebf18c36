import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import { IconButton, TableCell, TableRow, Typography } from '@mui/material';
import { ReferenceField, useTranslate } from 'react-admin';
import { periodLabel } from './periodLabel';
import type { MediaPlanItem } from '../../../contracts/media-plans';

interface ItemRowProps {
  item: MediaPlanItem;
  /** On a phone: the topic with the other columns below it, the count and the actions beside. */
  compact: boolean;
  editable: boolean;
  disabled: boolean;
  onEdit: () => void;
  onDelete: () => void;
}

export const ItemRow = ({ item, compact, editable, disabled, onEdit, onDelete }: ItemRowProps) => {
  const translate = useTranslate();
  const format = translate(`app.format.${item.format}`);
  const channel = translate(`app.channel.${item.channel}`);
  const outlet = <ReferenceField record={item} source="outletId" reference="outlets" link={false} emptyText="—" />;
  const period = translate(...periodLabel(item));
  const count = (
    <TableCell align="right" data-testid="item-count">
      {item.plannedCount}
    </TableCell>
  );
  return (
    <TableRow data-testid="item-row" hover>
      {compact ? (
        <>
          <TableCell sx={{ overflowWrap: 'anywhere' }}>
            {item.topic}
            <Typography variant="body2" color="text.secondary" component="div">
              {format} · {channel} · {period}
              {item.outletId !== null && <> · {outlet}</>}
              {item.responsible && <> · {item.responsible}</>}
            </Typography>
          </TableCell>
          {count}
        </>
      ) : (
        <>
          <TableCell>{item.topic}</TableCell>
          <TableCell>{format}</TableCell>
          <TableCell>{channel}</TableCell>
          <TableCell>{outlet}</TableCell>
          <TableCell>{period}</TableCell>
          {count}
          <TableCell>{item.responsible}</TableCell>
        </>
      )}
      {editable && (
        <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
          <IconButton size="small" aria-label={translate('ra.action.edit')} onClick={onEdit} disabled={disabled} data-testid="item-edit">
            <EditIcon fontSize="small" />
          </IconButton>
          <IconButton
            size="small"
            aria-label={translate('ra.action.delete')}
            onClick={onDelete}
            disabled={disabled}
            data-testid="item-delete"
          >
            <DeleteIcon fontSize="small" />
          </IconButton>
        </TableCell>
      )}
    </TableRow>
  );
};
