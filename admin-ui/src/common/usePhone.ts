import { Theme, useMediaQuery } from '@mui/material';

/** Whether the screen is a phone's (below the `sm` breakpoint), where lists become one-column cards. */
export const usePhone = (): boolean => useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
