import type { MediaPlan } from '../../../contracts/media-plans';

type PlanScope = Pick<MediaPlan, 'id' | 'regionId' | 'year'> & { status: string };

/** A material may fulfil items of its own region's, or the republican, approved plan of its publication year. */
export const eligiblePlanIds = (plans: PlanScope[], regionId: number | null | undefined, year: number | null): number[] =>
  plans
    .filter((plan) => plan.status === 'approved' && plan.year === year && (plan.regionId === null || plan.regionId === regionId))
    .map((plan) => plan.id);

export const yearOf = (date: unknown): number | null => {
  const match = typeof date === 'string' ? /^(\d{4})-\d{2}-\d{2}/.exec(date) : null;
  return match ? Number(match[1]) : null;
};
