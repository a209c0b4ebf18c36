import { Box, Card, CardContent, Checkbox, Link, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router';
import { useDateFormat } from '../common/useDateFormat';
import { RegionLabel } from '../media-plans/RegionLabel';
import type { InboxItem } from '../../../contracts/inbox';
import { inboxDay, inboxLink } from './inboxLinks';

interface InboxCardProps {
  item: InboxItem;
  /** Given for items that can be chosen for a bulk step. */
  selection?: { checked: boolean; onChange: (checked: boolean) => void };
}

/** One thing that waits: what it is (a link to where it is acted on), whose, since when, and the approver's comment. */
export const InboxCard = ({ item, selection }: InboxCardProps) => {
  const translate = useTranslate();
  const { date } = useDateFormat();
  const name = item.title ?? translate('app.inbox.quarter', { quarter: item.quarter ?? '', year: item.year });
  return (
    <Card variant="outlined" data-testid={`inbox-item-${item.kind}`}>
      <CardContent sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', '&:last-child': { pb: 2 } }}>
        {selection && (
          <Checkbox
            checked={selection.checked}
            onChange={(event) => selection.onChange(event.target.checked)}
            slotProps={{ input: { 'aria-label': translate('app.inbox.select', { name }) } }}
            sx={{ mt: -1, ml: -1 }}
          />
        )}
        <Box sx={{ minWidth: 0 }}>
          <Link component={RouterLink} to={inboxLink(item)} variant="subtitle1" sx={{ overflowWrap: 'anywhere' }}>
            {name}
          </Link>
          <Typography variant="body2" color="text.secondary">
            {/* A quarter's name already says its year. */}
            <RegionLabel regionId={item.regionId} /> · {item.title === null ? '' : `${item.year} · `}
            {translate(`app.inbox.since.${item.kind}`, { date: date(inboxDay(item)) })}
          </Typography>
          {item.planned !== null && (
            <Typography variant="body2">{translate('app.inbox.progress', { linked: item.linked ?? 0, planned: item.planned })}</Typography>
          )}
          {item.comment && (
            <Typography variant="body2" sx={{ fontStyle: 'italic', overflowWrap: 'anywhere' }}>
              {translate('app.inbox.comment', { comment: item.comment })}
            </Typography>
          )}
        </Box>
      </CardContent>
    </Card>
  );
};
