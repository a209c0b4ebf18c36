import { AutocompleteInput, ReferenceInput, useGetList, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { eligiblePlanIds, yearOf } from './eligiblePlans';
import { periodLabel } from './periodLabel';
import type { MediaPlan, MediaPlanItem } from '../../../contracts/media-plans';

/** On a material's form: the plan item it fulfils, among the approved plans of its year and region. */
export const MediaPlanItemInput = () => {
  const translate = useTranslate();
  const year = yearOf(useWatch({ name: 'publishedOn' }));
  const regionId = useWatch({ name: 'regionId' }) as number | null | undefined;
  const { data = [] } = useGetList<MediaPlan>(
    'media-plans',
    { filter: { year: year ?? 0, status: 'approved' }, pagination: { page: 1, perPage: 100 }, sort: { field: 'id', order: 'ASC' } },
    { enabled: year !== null },
  );
  const planIds = eligiblePlanIds(data, regionId, year);
  return (
    <ReferenceInput
      source="mediaPlanItemId"
      reference="media-plan-items"
      filter={{ mediaPlanId: planIds }}
      enableGetChoices={() => planIds.length > 0}
    >
      <AutocompleteInput
        optionText={(item: MediaPlanItem) => `${item.topic} · ${translate(...periodLabel(item))}`}
        fullWidth
        helperText="app.plans.items.material_hint"
      />
    </ReferenceInput>
  );
};
