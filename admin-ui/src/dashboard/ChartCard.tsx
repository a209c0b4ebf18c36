import { ReactNode, Suspense } from 'react';
import { Box, LinearProgress, Paper, Typography } from '@mui/material';

/** A titled panel of the dashboard; its chart loads lazily. */
export const ChartCard = ({ title, testId, children }: { title: string; testId: string; children: ReactNode }) => (
  <Paper variant="outlined" sx={{ p: 2, height: '100%' }} data-testid={testId}>
    <Typography variant="subtitle1" sx={{ mb: 1, fontWeight: 500 }}>
      {title}
    </Typography>
    <Box>
      <Suspense fallback={<LinearProgress />}>{children}</Suspense>
    </Box>
  </Paper>
);
