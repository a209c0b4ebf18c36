import { useMediaQuery } from '@mui/material';

/** Charts grow their bars in only when the user's system does not ask for reduced motion. */
export const useChartAnimation = (): boolean => !useMediaQuery('(prefers-reduced-motion: reduce)', { noSsr: true });
