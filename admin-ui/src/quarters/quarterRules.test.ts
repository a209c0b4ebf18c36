import type { QuarterRow } from '../../../contracts/quarters';
import { quarterEnded, quarterGrid, statusCounts, stepsFor } from './quarterRules';

const row = (regionId: number, quarter: number, status: QuarterRow['status']): QuarterRow => ({
  regionId,
  year: 2020,
  quarter,
  status,
  submittedAt: null,
  submittedBy: null,
  approvedAt: null,
  approvedBy: null,
  exceptionAt: null,
  exceptionBy: null,
  exceptionComment: null,
});

const editor = { role: 'rpo_editor', regionId: 3 };
const approver = { role: 'approver', regionId: null };

describe('quarterEnded', () => {
  it('is true only after the quarter’s last day', () => {
    expect(quarterEnded(2020, 1, '2020-03-31')).toBe(false);
    expect(quarterEnded(2020, 1, '2020-04-01')).toBe(true);
    expect(quarterEnded(2020, 4, '2021-01-01')).toBe(true);
  });
});

describe('stepsFor', () => {
  it('lets the region’s own editor submit an ended open quarter', () => {
    expect(stepsFor(row(3, 1, 'open'), editor, '2020-04-01')).toEqual(['submit']);
    expect(stepsFor(row(3, 2, 'open'), editor, '2020-04-01')).toEqual([]);
    expect(stepsFor(row(4, 1, 'open'), editor, '2020-04-01')).toEqual([]);
  });

  it('lets an approver approve, grant an exception and close again', () => {
    expect(stepsFor(row(3, 1, 'submitted'), approver, '2021-01-01')).toEqual(['approve']);
    expect(stepsFor(row(3, 1, 'approved'), approver, '2021-01-01')).toEqual(['exception']);
    expect(stepsFor(row(3, 1, 'exception'), approver, '2021-01-01')).toEqual(['close']);
    expect(stepsFor(row(3, 1, 'open'), approver, '2021-01-01')).toEqual([]);
  });

  it('offers nothing to an analyst', () => {
    expect(stepsFor(row(3, 1, 'submitted'), { role: 'analyst', regionId: null }, '2021-01-01')).toEqual([]);
  });
});

describe('quarterGrid', () => {
  it('puts each region’s quarters in order', () => {
    const grid = quarterGrid([row(2, 2, 'open'), row(1, 1, 'approved'), row(2, 1, 'submitted')]);
    expect(grid.map((line) => line.regionId)).toEqual([1, 2]);
    expect(grid[1].quarters.map((quarter) => quarter?.status)).toEqual(['submitted', 'open', undefined, undefined]);
  });
});

describe('statusCounts', () => {
  it('counts the quarters per status', () => {
    expect(statusCounts([row(1, 1, 'open'), row(1, 2, 'open'), row(2, 1, 'exception')])).toEqual({
      open: 2,
      submitted: 0,
      approved: 0,
      exception: 1,
    });
  });
});
