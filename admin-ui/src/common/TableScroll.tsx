import { Box } from '@mui/material';
import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways in its own box on a narrow screen instead of widening the page (zero width with a
 * full minimum keeps it from stretching its parent); named and focusable so that a keyboard can scroll it too.
 */
export const TableScroll = ({ label, children }: { label: string; children: ReactNode }) => (
  <Box role="region" aria-label={label} tabIndex={0} sx={{ overflowX: 'auto', width: 0, minWidth: '100%' }}>
    {children}
  </Box>
);
