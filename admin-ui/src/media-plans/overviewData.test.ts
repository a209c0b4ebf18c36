import { bulkInput, filterOverview, planVersions, planYears, selectableIds, summarizeBulk } from './overviewData';
import type { OverviewRow } from '../../../contracts/media-plans';

const row = (regionId: number | null, planId: number | null, status: OverviewRow['status']): OverviewRow => ({
  regionId,
  planId,
  version: planId ? planId + 1 : null,
  title: planId ? `Plan ${planId}` : null,
  status,
  submittedAt: null,
  submittedById: null,
  submittedBy: null,
  approvedAt: null,
  approvedById: null,
  approvedBy: null,
  items: 0,
  planned: 0,
  linked: 0,
  fulfilled: 0,
  share: 0,
  reopenCount: 0,
  changesAfterApproval: 0,
});

const rows = [row(null, 1, 'approved'), row(3, 2, 'submitted'), row(4, 3, 'submitted'), row(5, 4, 'returned'), row(6, null, null)];

describe('planYears', () => {
  it('lists distinct years newest first', () => {
    expect(planYears([2020, 2021, 2020])).toEqual([2021, 2020]);
  });

  it('keeps the current year even without plans', () => {
    expect(planYears([2020], 2030)).toEqual([2030, 2020]);
  });
});

describe('filterOverview', () => {
  it('keeps everything without filters', () => {
    expect(filterOverview(rows, { status: '', region: '' })).toHaveLength(5);
  });

  it('filters by status, including regions without a plan', () => {
    expect(filterOverview(rows, { status: 'submitted', region: '' }).map((r) => r.planId)).toEqual([2, 3]);
    expect(filterOverview(rows, { status: 'none', region: '' }).map((r) => r.regionId)).toEqual([6]);
  });

  it('filters by region or the republican level', () => {
    expect(filterOverview(rows, { status: '', region: 'republican' }).map((r) => r.planId)).toEqual([1]);
    expect(filterOverview(rows, { status: '', region: 5 }).map((r) => r.planId)).toEqual([4]);
  });
});

describe('selectableIds', () => {
  it('offers only submitted plans for bulk steps', () => {
    expect(selectableIds(rows)).toEqual([2, 3]);
  });
});

describe('planVersions', () => {
  it("gives each shown plan's version, and none for a region without a plan", () => {
    expect([...planVersions(rows)]).toEqual([
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 5],
    ]);
  });
});

describe('summarizeBulk', () => {
  it('counts successes and lists the failures', () => {
    const failure = { id: 3, ok: false, statusCode: 409, message: 'A approved plan cannot be approved' };
    expect(summarizeBulk([{ id: 2, ok: true, statusCode: 200 }, failure])).toEqual({ succeeded: 1, failed: [failure] });
  });
});

describe('bulkInput', () => {
  it("sends each selected plan's version as shown, in the order of the ids, and the comment when there is one", () => {
    const versions = new Map([
      [4, 2],
      [7, 5],
    ]);
    expect(bulkInput('approve', [7, 4], versions)).toEqual({ action: 'approve', ids: [7, 4], versions: [5, 2] });
    expect(bulkInput('return', [4], versions, 'Добавьте 60+')).toEqual({
      action: 'return',
      ids: [4],
      versions: [2],
      comment: 'Добавьте 60+',
    });
  });

  it('sends no versions when a selected plan has none shown', () => {
    expect(bulkInput('approve', [4, 9], new Map([[4, 2]]))).toEqual({ action: 'approve', ids: [4, 9] });
    expect(bulkInput('approve', [4])).toEqual({ action: 'approve', ids: [4] });
  });
});
