import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/**
 * A titled group of a long form's inputs, laid out in up to `columns` columns on wide screens and one on a phone, so
 * that an office logging materials by the hundred sees a whole record without scrolling.
 */
export const FormSection = ({ title, columns, children }: { title: string; columns: number; children: ReactNode }) => (
  <Box sx={{ width: '100%', mb: 1 }}>
    <Typography variant="subtitle1" component="h2" sx={{ mt: 1, mb: 1, fontWeight: 500 }}>
      {useTranslate()(title)}
    </Typography>
    <Box sx={{ display: 'grid', columnGap: 2, gridTemplateColumns: { xs: '1fr', md: `repeat(${columns}, minmax(0, 1fr))` } }}>{children}</Box>
  </Box>
);

/** An input spanning every column of its FormSection. */
export const Wide = ({ children }: { children: ReactNode }) => <Box sx={{ gridColumn: '1 / -1' }}>{children}</Box>;
