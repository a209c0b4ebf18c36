import { Alert, Box, Card, CardContent, CardHeader, LinearProgress, Typography } from '@mui/material';
import { useState } from 'react';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { BulkActions } from '../media-plans/BulkActions';
import { BulkResults } from '../media-plans/BulkResults';
import { canDecide } from '../media-plans/planAccess';
import { INBOX_KINDS, InboxItem, InboxKind } from '../../../contracts/inbox';
import type { BulkResult } from '../../../contracts/media-plans';
import { InboxCard } from './InboxCard';
import { useInbox } from './useInbox';

interface KindSectionProps {
  kind: InboxKind;
  count: number;
  items: InboxItem[];
  selected?: number[];
  onSelect?: (ids: number[]) => void;
}

const KindSection = ({ kind, count, items, selected, onSelect }: KindSectionProps) => {
  const translate = useTranslate();
  const toggle = (id: number, checked: boolean) =>
    onSelect?.(checked ? [...(selected ?? []), id] : (selected ?? []).filter((other) => other !== id));
  return (
    <Box component="section" sx={{ mb: 3 }} data-testid={`inbox-${kind}`}>
      {/* A phone's narrower heading keeps the count on the title's line. */}
      <Typography variant="h6" component="h2" sx={{ mb: 1, typography: { xs: 'subtitle1', sm: 'h6' }, fontWeight: { xs: 500 } }}>
        {translate(`app.inbox.kinds.${kind}`)} ({count})
      </Typography>
      <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' } }}>
        {items.map((item) => (
          <InboxCard
            key={`${item.planId}-${item.itemId}-${item.regionId}-${item.year}-${item.quarter}`}
            item={item}
            selection={
              onSelect && item.planId !== null
                ? { checked: (selected ?? []).includes(item.planId), onChange: (checked) => toggle(item.planId as number, checked) }
                : undefined
            }
          />
        ))}
      </Box>
      {count > items.length && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate('app.inbox.more', { shown: items.length, count })}
        </Typography>
      )}
    </Box>
  );
};

/** "Needs attention": what waits for the signed-in user, by kind, oldest first; an approver decides plans in bulk here. */
export const InboxPage = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<string>();
  const { data, isPending, error } = useInbox();
  const [selected, setSelected] = useState<number[]>([]);
  // The titles as the step found them: a plan refused because it was returned meanwhile has left the section since.
  const [outcome, setOutcome] = useState<{ results: BulkResult[]; titles: Map<number, string> }>({ results: [], titles: new Map() });
  const decides = canDecide({ role: permissions });
  const submitted = (data?.items ?? []).filter((item) => item.kind === 'planSubmitted');
  const titles = new Map(submitted.map((item) => [item.planId as number, item.title ?? '']));
  const versions = new Map<number, number>(
    submitted.flatMap((item) => (item.planVersion === null ? [] : [[item.planId as number, item.planVersion] as const])),
  );
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="app.inbox.title" />
      <CardHeader title={translate('app.inbox.title')} subheader={translate('app.inbox.subtitle')} />
      <CardContent>
        {error && <Alert severity="error">{translate('app.inbox.error')}</Alert>}
        {isPending && !error && <LinearProgress />}
        <BulkResults results={outcome.results} titles={outcome.titles} />
        {data?.total === 0 && (
          <Alert severity="success" data-testid="inbox-empty">
            {translate('app.inbox.empty')}
          </Alert>
        )}
        {data &&
          INBOX_KINDS.filter((kind) => data.counts[kind] > 0).map((kind) => {
            const bulk = decides && kind === 'planSubmitted';
            return (
              <Box key={kind}>
                {bulk && (
                  <BulkActions
                    selected={selected}
                    versions={versions}
                    onDone={(done) => {
                      setOutcome({ results: done, titles });
                      setSelected([]);
                    }}
                  />
                )}
                <KindSection
                  kind={kind}
                  count={data.counts[kind]}
                  items={data.items.filter((item) => item.kind === kind)}
                  {...(bulk ? { selected, onSelect: setSelected } : {})}
                />
              </Box>
            );
          })}
      </CardContent>
    </Card>
  );
};
