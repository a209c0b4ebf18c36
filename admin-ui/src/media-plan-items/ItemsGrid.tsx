import AddIcon from '@mui/icons-material/Add';
import { Alert, Button, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Theme, useMediaQuery } from '@mui/material';
import { useState } from 'react';
import { Confirm, ResourceContextProvider, useDataProvider, useGetList, useNotify, useTranslate } from 'react-admin';
import { useMutationErrorNotifier } from '../common/useMutationErrorNotifier';
import { ItemForm } from './ItemForm';
import { newItemDefaults } from './itemRules';
import { ItemRow } from './ItemRow';
import type { MediaPlanItem } from '../../../contracts/media-plans';

const COLUMNS = ['topic', 'format', 'channel', 'outletId', 'plannedQuarter', 'plannedCount', 'responsible'];
const PHONE_COLUMNS = ['topic', 'plannedCount'];

interface ItemsGridProps {
  mediaPlanId: number;
  editable: boolean;
}

/** The plan's items; rows open for inline editing while the plan is editable. */
export const ItemsGrid = ({ mediaPlanId, editable }: ItemsGridProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useMutationErrorNotifier();
  const dataProvider = useDataProvider();
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const columns = phone ? PHONE_COLUMNS : COLUMNS;
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [deleting, setDeleting] = useState<MediaPlanItem | null>(null);
  const {
    data = [],
    isPending,
    refetch,
  } = useGetList<MediaPlanItem>('media-plan-items', {
    filter: { mediaPlanId },
    sort: { field: 'id', order: 'ASC' },
    pagination: { page: 1, perPage: 1000 },
  });
  const span = columns.length + (editable ? 1 : 0);

  const done = (saved: boolean) => {
    setEditing(null);
    if (saved) {
      notify('app.plans.items.saved', { type: 'success' });
      void refetch();
    }
  };

  const remove = async () => {
    if (!deleting) return;
    try {
      await dataProvider.delete<MediaPlanItem>('media-plan-items', { id: deleting.id, previousData: deleting });
      notify('app.plans.items.deleted', { type: 'success' });
      void refetch();
    } catch (error) {
      notifyError(error);
    }
    setDeleting(null);
  };

  const formRow = (record: Parameters<typeof ItemForm>[0]['record'], key: string) => (
    <TableRow key={key}>
      <TableCell colSpan={span} sx={{ bgcolor: 'action.hover' }} data-testid="item-form">
        <ItemForm mediaPlanId={mediaPlanId} record={record} onDone={done} />
      </TableCell>
    </TableRow>
  );

  return (
    <ResourceContextProvider value="media-plan-items">
      {isPending && <LinearProgress />}
      {!editable && (
        <Alert severity="info" sx={{ mb: 1 }}>
          {translate('app.plans.items.read_only')}
        </Alert>
      )}
      <Table size="small" data-testid="items-grid">
        <TableHead>
          <TableRow>
            {columns.map((source) => (
              <TableCell key={source} align={source === 'plannedCount' ? 'right' : 'left'}>
                {translate(`resources.media-plan-items.fields.${source}`)}
              </TableCell>
            ))}
            {editable && <TableCell />}
          </TableRow>
        </TableHead>
        <TableBody>
          {data.map((item) =>
            editing === item.id ? (
              formRow(item, `edit-${item.id}`)
            ) : (
              <ItemRow
                key={item.id}
                item={item}
                compact={phone}
                editable={editable}
                disabled={editing !== null}
                onEdit={() => setEditing(item.id)}
                onDelete={() => setDeleting(item)}
              />
            ),
          )}
          {editing === 'new' && formRow(newItemDefaults(mediaPlanId), 'new')}
          {!isPending && data.length === 0 && editing !== 'new' && (
            <TableRow>
              <TableCell colSpan={span}>{translate('app.plans.items.empty')}</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
      {editable && editing === null && (
        <Button startIcon={<AddIcon />} sx={{ mt: 1 }} onClick={() => setEditing('new')} data-testid="item-add">
          {translate('app.plans.items.add')}
        </Button>
      )}
      <Confirm
        isOpen={deleting !== null}
        title="app.plans.items.delete_title"
        content="app.plans.items.delete_content"
        translateOptions={{ topic: deleting?.topic ?? '' }}
        onConfirm={remove}
        onClose={() => setDeleting(null)}
      />
    </ResourceContextProvider>
  );
};
