import { Box, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useNumberFormat } from '../common/useNumberFormat';
import type { CoverageBenchmark } from '../../../contracts/analytics';
import { CoverageLevel } from './coverageData';
import { LEVEL_COLORS } from './HeatCell';

const LEVELS: CoverageLevel[] = ['low', 'below', 'near', 'high', 'none'];

export const CoverageLegend = ({ benchmark }: { benchmark: CoverageBenchmark }) => {
  const translate = useTranslate();
  const format = useNumberFormat();
  return (
    <Stack spacing={1} sx={{ mt: 2 }}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {LEVELS.map((level) => (
          <Stack key={level} direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
            <Box sx={{ width: 16, height: 16, backgroundColor: LEVEL_COLORS[level], border: '1px solid #ccc' }} />
            <Typography variant="caption">{translate(`app.analytics.priorities.levels.${level}`)}</Typography>
          </Stack>
        ))}
      </Stack>
      <Typography variant="caption" color="text.secondary">
        {translate('app.analytics.priorities.reference', {
          tvRadio: format.percent(benchmark.tvRadio),
          internet: format.percent(benchmark.internet),
        })}
      </Typography>
    </Stack>
  );
};
