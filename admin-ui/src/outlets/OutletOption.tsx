import { Box, Typography } from '@mui/material';
import { ReferenceField, useRecordContext, useTranslate } from 'react-admin';
import type { Outlet } from '../../../contracts/reference';
import { LocalizedNameField } from '../common/LocalizedNameField';

/** An outlet as a picker offers it: its name, and under it its channel, level and (for a regional one) region. */
export const OutletOption = () => {
  const outlet = useRecordContext<Outlet>();
  const translate = useTranslate();
  if (!outlet) return null;
  return (
    <Box>
      <Typography variant="body2">{outlet.name}</Typography>
      <Typography variant="caption" component="div" color="text.secondary" data-testid="outlet-option-details">
        {translate(`app.channel.${outlet.kind}`)} · {translate(`app.level.${outlet.level}`)}
        {outlet.regionId !== null && (
          <>
            {' · '}
            <ReferenceField source="regionId" reference="regions" link={false}>
              <LocalizedNameField variant="caption" />
            </ReferenceField>
          </>
        )}
      </Typography>
    </Box>
  );
};

/** What the picker's text box shows of the chosen outlet. */
export const outletInputText = (outlet: Outlet): string => outlet.name;
