import { Alert, AlertTitle, Box, Typography } from '@mui/material';
import { Fragment } from 'react';
import { ReferenceField, useRecordContext, useTranslate } from 'react-admin';
import { codeGroupOf } from '../../../contracts/audit-changes';
import { useDateFormat } from '../common/useDateFormat';
import { useDataQuery } from '../providers/useDataQuery';
import type { MediaPlan, SubmittedItem } from '../../../contracts/media-plans';

const REFERENCED: Record<string, string> = {
  outletId: 'outlets',
  rubricId: 'rubrics',
  directionId: 'directions',
  specialProjectId: 'special-projects',
  targetAudienceIds: 'target-audiences',
};

/** A plan item's field value in words: a referenced record by its name, a code by its label. */
const ItemValue = ({ field, value }: { field: string; value: unknown }) => {
  const translate = useTranslate();
  const values = Array.isArray(value) ? value : [value];
  if (value === null || value === undefined || values.length === 0) return <>{translate('app.plans.changes.empty')}</>;
  const reference = REFERENCED[field];
  const group = codeGroupOf('media-plan-items', field);
  return (
    <>
      {values.map((one, i) => (
        <Fragment key={i}>
          {i > 0 && ', '}
          {reference ? (
            <ReferenceField record={{ id: 0, [field]: one }} source={field} reference={reference} link={false} />
          ) : group ? (
            translate(`app.${group}.${String(one)}`, { _: String(one) })
          ) : (
            String(one)
          )}
        </Fragment>
      ))}
    </>
  );
};

const ItemList = ({ title, items }: { title: string; items: SubmittedItem[] }) => {
  const translate = useTranslate();
  if (items.length === 0) return null;
  return (
    <Box sx={{ mt: 1 }}>
      <Typography variant="subtitle2" component="h3">
        {translate(title)}
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 2 }}>
        {items.map((item) => (
          <Typography component="li" variant="body2" key={item.id}>
            {item.topic} ({item.plannedCount})
          </Typography>
        ))}
      </Box>
    </Box>
  );
};

/** What changed in a resubmitted plan's items since its previous submission: added, removed, and each changed field. */
export const PlanChanges = () => {
  const plan = useRecordContext<MediaPlan>();
  const translate = useTranslate();
  const { dateTime } = useDateFormat();
  const { data } = useDataQuery(plan && plan.status === 'submitted' ? ['media-plans', 'changes', plan.id, plan.version] : null, (dp) =>
    dp.planChanges(plan?.id ?? 0),
  );
  if (!data?.previousAt || !data.submittedAt) return null;
  const nothing = data.added.length + data.removed.length + data.changed.length === 0;
  const label = (field: string) => translate(`resources.media-plan-items.fields.${field}`);
  return (
    <Alert severity="info" sx={{ mb: 2 }} data-testid="plan-changes">
      <AlertTitle>{translate('app.plans.changes.title')}</AlertTitle>
      <Typography variant="body2">
        {translate('app.plans.changes.compared', { at: dateTime(data.submittedAt), previous: dateTime(data.previousAt) })}
      </Typography>
      {nothing && <Typography variant="body2">{translate('app.plans.changes.none')}</Typography>}
      <ItemList title="app.plans.changes.added" items={data.added} />
      <ItemList title="app.plans.changes.removed" items={data.removed} />
      {data.changed.length > 0 && (
        <Box sx={{ mt: 1 }}>
          <Typography variant="subtitle2" component="h3">
            {translate('app.plans.changes.changed')}
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 2 }}>
            {data.changed.map((item) => (
              <Typography component="li" variant="body2" key={item.id}>
                <strong>{item.topic}</strong>:{' '}
                {Object.entries(item.changes).map(([field, { before, after }], i) => (
                  <Fragment key={field}>
                    {i > 0 && '; '}
                    {label(field)}: <ItemValue field={field} value={before} /> → <ItemValue field={field} value={after} />
                  </Fragment>
                ))}
              </Typography>
            ))}
          </Box>
        </Box>
      )}
    </Alert>
  );
};
