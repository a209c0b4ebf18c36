import { ReactNode, useId } from 'react';
import { Paper, Typography } from '@mui/material';

/** A titled panel of the dashboard: a figure named by its title, for screen readers. */
export const ChartCard = ({ title, testId, children }: { title: string; testId: string; children: ReactNode }) => {
  const titleId = useId();
  return (
    <Paper variant="outlined" sx={{ p: 2, height: '100%' }} data-testid={testId} role="figure" aria-labelledby={titleId}>
      <Typography variant="subtitle1" sx={{ mb: 1, fontWeight: 500 }} id={titleId}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
};
