/** The analytics pages' paths, apart from the pages so that the menu does not load them. */
export const PRIORITIES_PATH = '/analytics/priorities';
export const COMPLETENESS_PATH = '/analytics/completeness';
export const REPORTS_PATH = '/reports';
export const QUARTERS_PATH = '/quarters';
