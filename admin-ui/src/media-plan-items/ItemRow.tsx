import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import { IconButton, TableCell, TableRow } from '@mui/material';
import { ReferenceField, useTranslate } from 'react-admin';
import { periodLabel } from './periodLabel';
import type { MediaPlanItem } from '../../../contracts/media-plans';

interface ItemRowProps {
  item: MediaPlanItem;
  editable: boolean;
  disabled: boolean;
  onEdit: () => void;
  onDelete: () => void;
}

export const ItemRow = ({ item, editable, disabled, onEdit, onDelete }: ItemRowProps) => {
  const translate = useTranslate();
  return (
    <TableRow data-testid="item-row" hover>
      <TableCell>{item.topic}</TableCell>
      <TableCell>{translate(`app.format.${item.format}`)}</TableCell>
      <TableCell>{translate(`app.channel.${item.channel}`)}</TableCell>
      <TableCell>
        <ReferenceField record={item} source="outletId" reference="outlets" link={false} emptyText="—" />
      </TableCell>
      <TableCell>{translate(...periodLabel(item))}</TableCell>
      <TableCell align="right" data-testid="item-count">
        {item.plannedCount}
      </TableCell>
      <TableCell>{item.responsible}</TableCell>
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
