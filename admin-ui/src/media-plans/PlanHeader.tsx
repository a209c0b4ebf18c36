import { Box, Stack, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { PlanBanner } from './PlanBanner';
import { RegionLabel } from './RegionLabel';
import { StatusChip } from './StatusBadge';
import type { MediaPlan } from '../../../contracts/media-plans';

export const PlanHeader = () => {
  const plan = useRecordContext<MediaPlan>();
  if (!plan) return null;
  return (
    <Box sx={{ px: 2, pt: 2 }} data-testid="plan-header">
      <Typography variant="overline" color="text.secondary">
        <RegionLabel regionId={plan.regionId} /> · {plan.year}
      </Typography>
      <Stack direction="row" useFlexGap spacing={1} sx={{ mb: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h2" sx={{ overflowWrap: 'anywhere' }}>
          {plan.title}
        </Typography>
        <StatusChip status={plan.status} />
      </Stack>
      <PlanBanner plan={plan} />
    </Box>
  );
};
