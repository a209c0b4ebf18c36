import BlockIcon from '@mui/icons-material/Block';
import CheckIcon from '@mui/icons-material/Check';
import EditNoteIcon from '@mui/icons-material/EditNote';
import { Alert, AlertTitle, Dialog, DialogActions, DialogContent, DialogTitle, List, ListItem } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  Button,
  Form,
  ReferenceArrayInput,
  ReferenceInput,
  SaveButton,
  SelectInput,
  required,
  useDataProvider,
  useGetList,
  useGetMany,
  useListContext,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { FieldValues, useFormContext, useWatch } from 'react-hook-form';
import { NameAutocompleteInput } from '../common/NameAutocompleteInput';
import { useMutationErrorNotifier } from '../common/useMutationErrorNotifier';
import { useNameSource } from '../common/useNameSource';
import { periodLabel } from '../media-plan-items/periodLabel';
import { sayProblem } from '../providers/apiErrors';
import type { OutreachDataProvider } from '../providers/dataProvider';
import { MATERIAL_BULK_FIELDS, MaterialBulkAnswer, MaterialBulkField, MaterialBulkInput } from '../../../contracts/materials';
import type { MediaPlan, MediaPlanItem } from '../../../contracts/media-plans';

interface SelectedMaterial {
  id: number;
  version: number;
  title: string;
  outletId: number;
  publishedOn: string;
}

const FIELD_CHOICES = MATERIAL_BULK_FIELDS.map((field) => ({ id: field, name: `resources.materials.fields.${field}` }));

const unique = <T,>(values: T[]): T[] => [...new Set(values)];

/** The items of the approved plans of the selected materials' years (the server checks each material's region and year). */
const PlanItemValue = ({ materials }: { materials: SelectedMaterial[] }) => {
  const translate = useTranslate();
  const years = unique(materials.map((m) => Number(m.publishedOn.slice(0, 4))));
  const { data: plans = [] } = useGetList<MediaPlan>('media-plans', {
    filter: { year: years, status: 'approved' },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'id', order: 'ASC' },
  });
  return (
    <ReferenceInput source="value" reference="media-plan-items" filter={{ mediaPlanId: plans.map((p) => p.id) }}>
      <AutocompleteInput
        label="app.materials_bulk.value"
        optionText={(item: MediaPlanItem) => `${item.topic} · ${translate(...periodLabel(item))}`}
        helperText="app.materials_bulk.clear_hint"
        fullWidth
      />
    </ReferenceInput>
  );
};

const ValueInput = ({ materials }: { materials: SelectedMaterial[] }) => {
  const field = useWatch({ name: 'field' }) as MaterialBulkField;
  const nameSource = useNameSource();
  const common = { label: 'app.materials_bulk.value', helperText: 'app.materials_bulk.clear_hint', fullWidth: true };
  switch (field) {
    case 'mediaPlanItemId':
      return <PlanItemValue materials={materials} />;
    case 'rubricId':
      return (
        <ReferenceInput source="value" reference="rubrics" filter={{ outletId: unique(materials.map((m) => m.outletId)) }}>
          <AutocompleteInput {...common} />
        </ReferenceInput>
      );
    case 'directionId':
      return (
        <ReferenceInput source="value" reference="directions">
          <NameAutocompleteInput {...common} />
        </ReferenceInput>
      );
    case 'specialProjectId':
      return (
        <ReferenceInput source="value" reference="special-projects">
          <NameAutocompleteInput {...common} />
        </ReferenceInput>
      );
    case 'targetAudienceIds':
      return (
        <ReferenceArrayInput source="value" reference="target-audiences">
          <AutocompleteArrayInput optionText={nameSource} {...common} />
        </ReferenceArrayInput>
      );
  }
};

const FieldInput = () => {
  const { setValue } = useFormContext();
  return (
    <SelectInput
      source="field"
      label="app.materials_bulk.field"
      choices={FIELD_CHOICES}
      validate={required()}
      onChange={() => setValue('value', null)}
    />
  );
};

interface Values {
  field: MaterialBulkField;
  value?: number | number[] | null;
}

const Refused = ({ answer, materials }: { answer: MaterialBulkAnswer; materials: SelectedMaterial[] }) => {
  const translate = useTranslate();
  const titles = new Map(materials.map((m) => [m.id, m.title]));
  return (
    <Alert severity="error" sx={{ mt: 2 }} data-testid="bulk-change-refused">
      <AlertTitle>{translate('app.materials_bulk.refused')}</AlertTitle>
      <List dense disablePadding>
        {answer.results.map((result) => {
          const title = titles.get(result.id) ?? `#${result.id}`;
          return (
            <ListItem key={result.id} disableGutters data-testid={`bulk-change-row-${result.id}`} sx={{ alignItems: 'flex-start', gap: 1 }}>
              {result.ok ? <CheckIcon fontSize="small" color="success" /> : <BlockIcon fontSize="small" color="error" />}
              {result.ok
                ? translate('app.materials_bulk.row_held', { title })
                : translate('app.materials_bulk.row_failed', { title, message: sayProblem(translate, result) })}
            </ListItem>
          );
        })}
      </List>
    </Alert>
  );
};

const ChangeDialog = ({ ids, onClose }: { ids: number[]; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { onUnselectItems } = useListContext();
  const dataProvider = useDataProvider<OutreachDataProvider>();
  const notifyError = useMutationErrorNotifier({}, 'ra.notification.http_error');
  const { data: materials = [] } = useGetMany<SelectedMaterial>('materials', { ids });
  const [refused, setRefused] = useState<MaterialBulkAnswer | null>(null);
  const mutation = useMutation({
    mutationFn: (input: MaterialBulkInput) => dataProvider.bulkMaterials(input),
    onSuccess: (answer) => {
      if (!answer.saved) {
        setRefused(answer);
        return;
      }
      notify('app.materials_bulk.saved', { type: 'success', messageArgs: { smart_count: answer.results.length } });
      onUnselectItems();
      refresh();
      onClose();
    },
    onError: notifyError,
  });
  const submit = ({ field, value }: Values) =>
    mutation.mutate({
      items: materials.map(({ id, version }) => ({ id, version })),
      set: { [field]: value ?? (field === 'targetAudienceIds' ? [] : null) },
    });
  return (
    <Dialog open onClose={onClose} fullWidth aria-labelledby="bulk-change-title">
      <Form onSubmit={(values: FieldValues) => submit(values as Values)} defaultValues={{ field: 'mediaPlanItemId', value: null }}>
        <DialogTitle id="bulk-change-title">{translate('app.materials_bulk.title', { smart_count: ids.length })}</DialogTitle>
        <DialogContent>
          <FieldInput />
          <ValueInput materials={materials} />
          {refused && <Refused answer={refused} materials={materials} />}
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <SaveButton
            label="app.materials_bulk.apply"
            alwaysEnable={materials.length === ids.length && !mutation.isPending}
            data-testid="bulk-change-apply"
          />
        </DialogActions>
      </Form>
    </Dialog>
  );
};

/** Sets one field on every selected material at once: all are changed, or none, and each refusal is told. */
export const MaterialBulkChange = () => {
  const { selectedIds } = useListContext();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button label="app.materials_bulk.change" onClick={() => setOpen(true)} data-testid="bulk-change">
        <EditNoteIcon />
      </Button>
      {open && <ChangeDialog ids={selectedIds as number[]} onClose={() => setOpen(false)} />}
    </>
  );
};
