import { Fragment } from 'react';
import { Table, TableBody, TableCell, TableHead, TableRow, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router';
import type { Completeness } from '../../../contracts/analytics';
import type { MaterialFilter } from '../../../contracts/rollups';
import { useNumberFormat } from '../common/useNumberFormat';
import { MonthLevel, monthCells, monthLevel, sortForFollowUp } from './completenessData';
import { evidenceShare, withEvidenceFilter } from './evidenceShare';
import { useDrillDown } from './useDrillDown';
import { periodOfMonth } from './filters';
import type { Period } from './period';

export const MONTH_COLORS: Record<MonthLevel, string> = { empty: '#ef9a9a', low: '#ffcc80', normal: 'transparent', high: '#c8e6c9' };

const monthLabel = (month: string) => `${month.slice(5, 7)}.${month.slice(2, 4)}`;

interface CompletenessTableProps {
  data: Completeness;
  regionName: (id: number) => string;
  /** The page's filter (without the region) and period, which every count is counted under. */
  filter: MaterialFilter;
  period: Period;
}

export const CompletenessTable = ({ data, regionName, filter, period }: CompletenessTableProps) => {
  const translate = useTranslate();
  const drillDown = useDrillDown();
  const format = useNumberFormat();
  const linked = (regionId: number, count: number, when: Period, testId: string) => (
    <Link to={drillDown.path({ ...filter, regionId }, when)} data-testid={testId}>
      {format.count(count)}
    </Link>
  );
  /** A share of materials with evidence, opening those materials; a dash where there are no materials to prove. */
  const proven = (regionId: number, withEvidence: number, count: number, when: Period, testId: string) => {
    const share = evidenceShare(withEvidence, count);
    if (share === null) return <TableCell align="right">—</TableCell>;
    return (
      <Tooltip
        title={translate('app.evidence.completeness.share', {
          share: format.percent(share),
          count: format.count(withEvidence),
          total: format.count(count),
        })}
      >
        <TableCell align="right">
          <Link to={drillDown.path(withEvidenceFilter(filter, regionId), when)} data-testid={testId}>
            {format.percent(share)}
          </Link>
        </TableCell>
      </Tooltip>
    );
  };
  return (
    // A year of months is wider than a laptop screen: the page puts the table in a box that scrolls, not the page.
    <>
      <Table
        size="small"
        data-testid="completeness-table"
        sx={{ '& td, & th': { px: 1 }, '& td:first-of-type, & th:first-of-type': { minWidth: 170 } }}
      >
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.materials.fields.regionId')}</TableCell>
            {data.months.map((month) => (
              <TableCell key={month} align="right">
                {monthLabel(month)}
              </TableCell>
            ))}
            <TableCell align="right">{translate('app.dashboard.total')}</TableCell>
            <TableCell align="right">{translate('app.analytics.completeness.average')}</TableCell>
            <TableCell align="right">{translate('app.analytics.completeness.late')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {sortForFollowUp(data.regions).map((region) => (
            <Fragment key={region.regionId}>
              <TableRow data-testid="completeness-row" sx={{ '& td': { borderBottom: 0 } }}>
                <TableCell>{regionName(region.regionId)}</TableCell>
                {monthCells(region, data.months).map((month) => {
                  const level = monthLevel(month);
                  return (
                    <Tooltip
                      key={month.month}
                      title={translate('app.analytics.completeness.ratio', { ratio: format.percent(month.ratio) })}
                    >
                      <TableCell
                        align="right"
                        sx={{ backgroundColor: MONTH_COLORS[level], fontWeight: level === 'empty' ? 'bold' : undefined }}
                        data-level={level}
                      >
                        {linked(region.regionId, month.count, periodOfMonth(month.month), `completeness-${region.regionId}-${month.month}`)}
                      </TableCell>
                    </Tooltip>
                  );
                })}
                <TableCell align="right">
                  {linked(region.regionId, region.total, period, `completeness-${region.regionId}-total`)}
                </TableCell>
                <TableCell align="right">{format.decimal(region.monthlyAverage)}</TableCell>
                <TableCell align="right" sx={{ color: region.lateEntries > 0 ? 'error.main' : undefined }}>
                  {region.lateEntries}
                </TableCell>
              </TableRow>
              <TableRow data-testid="completeness-evidence-row" sx={{ '& td': { fontSize: '0.75rem', color: 'text.secondary' } }}>
                <TableCell sx={{ pl: 3 }}>{translate('app.evidence.completeness.row')}</TableCell>
                {monthCells(region, data.months).map((month) => (
                  <Fragment key={month.month}>
                    {proven(
                      region.regionId,
                      month.withEvidence,
                      month.count,
                      periodOfMonth(month.month),
                      `completeness-evidence-${region.regionId}-${month.month}`,
                    )}
                  </Fragment>
                ))}
                {proven(region.regionId, region.withEvidence, region.total, period, `completeness-evidence-${region.regionId}-total`)}
                <TableCell colSpan={2} />
              </TableRow>
            </Fragment>
          ))}
        </TableBody>
      </Table>
    </>
  );
};
