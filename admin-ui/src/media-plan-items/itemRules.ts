import type { MediaPlanItem } from '../../../contracts/media-plans';

export type ItemValues = Partial<Omit<MediaPlanItem, 'id' | 'version'>> & { id?: number; version?: number };

export const QUARTERS = [1, 2, 3, 4] as const;

export const monthsOfQuarter = (quarter: number | null | undefined): number[] => {
  const all = Array.from({ length: 12 }, (_, i) => i + 1);
  return quarter ? all.filter((month) => quarterOfMonth(month) === quarter) : all;
};

export const quarterOfMonth = (month: number): number => Math.ceil(month / 3);

/** Form-level checks the server would otherwise answer with 400; messages are i18n keys. */
export const validateItem = (values: ItemValues): Record<string, string> => {
  const errors: Record<string, string> = {};
  if (!values.topic?.trim()) errors.topic = 'ra.validation.required';
  if (!values.format) errors.format = 'ra.validation.required';
  if (!values.channel) errors.channel = 'ra.validation.required';
  if (!values.plannedCount || values.plannedCount < 1 || !Number.isInteger(values.plannedCount)) {
    errors.plannedCount = 'app.plans.items.count_positive';
  }
  if (values.plannedMonth && values.plannedQuarter && quarterOfMonth(values.plannedMonth) !== values.plannedQuarter) {
    errors.plannedMonth = 'app.plans.items.month_outside_quarter';
  }
  return errors;
};

const OPTIONAL = [
  'outletId',
  'rubricId',
  'directionId',
  'specialProjectId',
  'plannedQuarter',
  'plannedMonth',
  'responsible',
  'notes',
] as const;

/** What the API accepts: blanks as null, no read-only fields. */
export const toItemPayload = (values: ItemValues, mediaPlanId: number) => {
  const payload: Record<string, unknown> = {
    mediaPlanId,
    topic: values.topic?.trim(),
    format: values.format,
    channel: values.channel,
    plannedCount: values.plannedCount,
    targetAudienceIds: values.targetAudienceIds ?? [],
  };
  for (const key of OPTIONAL) {
    const value = values[key];
    payload[key] = value === '' || value === undefined ? null : value;
  }
  if (values.version !== undefined) payload.version = values.version;
  return payload;
};

export const newItemDefaults = (mediaPlanId: number): ItemValues => ({
  mediaPlanId,
  topic: '',
  plannedCount: 1,
  targetAudienceIds: [],
});
