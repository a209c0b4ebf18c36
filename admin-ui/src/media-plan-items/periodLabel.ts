type Period = { plannedQuarter: number | null; plannedMonth: number | null };

/** The i18n key and arguments that name an item's planned period. */
export const periodLabel = ({ plannedQuarter, plannedMonth }: Period): [string, Record<string, number>?] => {
  if (plannedMonth) return [`app.plans.months.${plannedMonth}`];
  if (plannedQuarter) return ['app.plans.quarter_n', { n: plannedQuarter }];
  return ['app.plans.items.whole_year'];
};
