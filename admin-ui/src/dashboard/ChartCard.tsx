import { ReactNode, Suspense, useId } from 'react';
import { Box, LinearProgress, Paper, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A titled panel of the dashboard; its chart loads lazily. A figure named by its title, for screen readers. */
export const ChartCard = ({ title, testId, children }: { title: string; testId: string; children: ReactNode }) => {
  const translate = useTranslate();
  const titleId = useId();
  return (
    <Paper variant="outlined" sx={{ p: 2, height: '100%' }} data-testid={testId} role="figure" aria-labelledby={titleId}>
      <Typography variant="subtitle1" sx={{ mb: 1, fontWeight: 500 }} id={titleId}>
        {title}
      </Typography>
      <Box>
        <Suspense fallback={<LinearProgress aria-label={translate('ra.page.loading')} />}>{children}</Suspense>
      </Box>
    </Paper>
  );
};
