import { Button, Stack } from '@mui/material';
import { Form, SaveButton, useDataProvider, useTranslate } from 'react-admin';
import { useMutationErrorNotifier } from '../common/useMutationErrorNotifier';
import { ItemInputs } from './ItemInputs';
import { ItemValues, toItemPayload, validateItem } from './itemRules';
import type { MediaPlanItem } from '../../../contracts/media-plans';

interface ItemFormProps {
  mediaPlanId: number;
  record: ItemValues;
  onDone: (saved: boolean) => void;
}

/** One row of the grid opened for editing (or a new row); saves straight to the API. */
export const ItemForm = ({ mediaPlanId, record, onDone }: ItemFormProps) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const notifyError = useMutationErrorNotifier();

  const save = async (values: ItemValues) => {
    const data = toItemPayload(values, mediaPlanId);
    try {
      if (record.id) {
        await dataProvider.update<MediaPlanItem>('media-plan-items', { id: record.id, data, previousData: record as MediaPlanItem });
      } else {
        await dataProvider.create<MediaPlanItem>('media-plan-items', { data });
      }
      onDone(true);
    } catch (error) {
      return notifyError(error);
    }
  };

  return (
    <Form
      record={record}
      onSubmit={(values: Record<string, unknown>) => save(values as ItemValues)}
      validate={(values: Record<string, unknown>) => validateItem(values as ItemValues)}
      warnWhenUnsavedChanges
    >
      <ItemInputs />
      <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
        <SaveButton size="small" data-testid="item-save" />
        <Button size="small" onClick={() => onDone(false)}>
          {translate('ra.action.cancel')}
        </Button>
      </Stack>
    </Form>
  );
};
