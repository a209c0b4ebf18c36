import { Alert, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useGetIdentity, useGetList, useRecordContext, useTranslate } from 'react-admin';
import type { AuditEvent } from '../../../contracts/audit-events';
import { toHistory } from './planHistory';
import type { MediaPlan } from '../../../contracts/media-plans';
import { useFormatTimestamp } from './useFormatTimestamp';
import { usePlanPeople } from './useOverview';

const useNames = (plan: MediaPlan) => {
  const people = usePlanPeople(plan.id, plan.year);
  const { identity } = useGetIdentity();
  const names = new Map<number, string>();
  if (people?.submittedById && people.submittedBy) names.set(people.submittedById, people.submittedBy);
  if (people?.approvedById && people.approvedBy) names.set(people.approvedById, people.approvedBy);
  if (identity?.fullName) names.set(Number(identity.id), identity.fullName);
  return names;
};

/** The plan's workflow steps and edits, newest first, from the audit trail. */
export const PlanHistory = () => {
  const plan = useRecordContext<MediaPlan>();
  return plan ? <HistoryTable plan={plan} /> : null;
};

const HistoryTable = ({ plan }: { plan: MediaPlan }) => {
  const translate = useTranslate();
  const format = useFormatTimestamp();
  const names = useNames(plan);
  const { data, isPending, error } = useGetList<AuditEvent>('audit-events', {
    filter: { resource: 'media-plans', recordId: plan.id },
    sort: { field: 'id', order: 'DESC' },
    pagination: { page: 1, perPage: 200 },
  });
  if (isPending) return <LinearProgress />;
  if (error) return <Alert severity="error">{translate('app.plans.history.error')}</Alert>;
  const rows = toHistory(data ?? [], names);
  return (
    <Table size="small" data-testid="plan-history">
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.plans.history.at')}</TableCell>
          <TableCell>{translate('app.plans.history.action')}</TableCell>
          <TableCell>{translate('app.plans.history.who')}</TableCell>
          <TableCell>{translate('app.plans.history.status')}</TableCell>
          <TableCell>{translate('app.plans.comment')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id} data-testid={`history-${row.action}`}>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{format(row.at)}</TableCell>
            <TableCell>{translate(`app.plans.history.actions.${row.action}`, { _: row.action })}</TableCell>
            <TableCell>{row.who ?? (row.userId ? translate('app.plans.history.user_n', { id: row.userId }) : '—')}</TableCell>
            <TableCell>
              {row.from && row.to ? `${translate(`app.planStatus.${row.from}`)} → ${translate(`app.planStatus.${row.to}`)}` : ''}
            </TableCell>
            <TableCell>{row.comment}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
