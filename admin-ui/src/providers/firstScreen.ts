import { dataProvider } from './dataProvider';
import { queryClient } from './queryClient';

export const YEARS_KEY = ['rollups', 'years'];
export const REFERENCES_KEY = ['references'];

/** Long enough for the dashboard to use what was asked at sign-in rather than ask it again when it mounts. */
export const FIRST_SCREEN_STALE_MS = 10_000;

/**
 * The dashboard's figures wait for the years (its default period is the latest year with materials) and name things
 * by the dictionaries; asked at sign-in, both answer while the app's layout is still rendering instead of after it.
 */
export const prefetchFirstScreen = (): void => {
  void queryClient.prefetchQuery({ queryKey: YEARS_KEY, queryFn: () => dataProvider.rollupYears() });
  void queryClient.prefetchQuery({ queryKey: REFERENCES_KEY, queryFn: () => dataProvider.references() });
};
