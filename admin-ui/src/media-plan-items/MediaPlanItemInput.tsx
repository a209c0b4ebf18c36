import { AutocompleteInput, ReferenceInput, useGetList, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { useChosenOutlet } from '../outlets/useChosenOutlet';
import { eligiblePlanIds, yearOf } from './eligiblePlans';
import { periodLabel } from './periodLabel';
import type { MediaPlan, MediaPlanItem } from '../../../contracts/media-plans';

/**
 * On a material's form: the plan item it fulfils, among the approved plans of its year and region, on its outlet's
 * channel. The items are always asked for (an empty list of plans matches none): a picker whose query is switched off
 * stays "loading" for ever.
 */
export const MediaPlanItemInput = () => {
  const translate = useTranslate();
  const year = yearOf(useWatch({ name: 'publishedOn' }));
  const regionId = useWatch({ name: 'regionId' }) as number | null | undefined;
  const chosen = useWatch({ name: 'mediaPlanItemId' }) as number | null | undefined;
  const outlet = useChosenOutlet();
  const { data = [], isPending } = useGetList<MediaPlan>(
    'media-plans',
    { filter: { year: year ?? 0, status: 'approved' }, pagination: { page: 1, perPage: 100 }, sort: { field: 'id', order: 'ASC' } },
    { enabled: year !== null },
  );
  const planIds = eligiblePlanIds(data, regionId, year);
  const noPlan = year !== null && !isPending && planIds.length === 0;
  const helperText =
    year === null
      ? 'app.plans.items.material_date_first'
      : noPlan
        ? translate('app.plans.items.material_no_plan', { year })
        : 'app.plans.items.material_hint';
  return (
    <ReferenceInput
      source="mediaPlanItemId"
      reference="media-plan-items"
      filter={{ mediaPlanId: planIds, ...(outlet && { channel: outlet.kind }) }}
    >
      <AutocompleteInput
        optionText={(item: MediaPlanItem) => `${item.topic} · ${translate(...periodLabel(item))}`}
        fullWidth
        disabled={planIds.length === 0 && !chosen}
        helperText={helperText}
      />
    </ReferenceInput>
  );
};
