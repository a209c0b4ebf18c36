import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

interface SectionProps {
  title: string;
  columns: number;
  children: ReactNode;
  /** false inside a show layout, which would otherwise put an empty field label above the section. */
  label?: false;
}

/**
 * A titled group of a long form's inputs or a record's fields, laid out in up to `columns` columns on wide screens and
 * one on a phone, so that an office logging materials by the hundred sees a whole record without scrolling.
 */
export const Section = ({ title, columns, children }: SectionProps) => (
  <Box sx={{ width: '100%', mb: 1 }}>
    <Typography variant="subtitle1" component="h2" sx={{ mt: 1, mb: 1, fontWeight: 500 }}>
      {useTranslate()(title)}
    </Typography>
    <Box sx={{ display: 'grid', columnGap: 2, rowGap: 1, gridTemplateColumns: { xs: '1fr', md: `repeat(${columns}, minmax(0, 1fr))` } }}>
      {children}
    </Box>
  </Box>
);

/** An input or field spanning every column of its Section. */
export const Wide = ({ children }: { children: ReactNode }) => <Box sx={{ gridColumn: '1 / -1' }}>{children}</Box>;
