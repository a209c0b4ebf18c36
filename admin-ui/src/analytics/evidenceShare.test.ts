import { drillDownPath } from './drillDown';
import { evidenceShare, withEvidenceFilter } from './evidenceShare';

describe("a region's share of materials with evidence", () => {
  it('is the materials with evidence over all of them, and none for a month without materials', () => {
    expect(evidenceShare(3, 12)).toBe(0.25);
    expect(evidenceShare(0, 7)).toBe(0);
    expect(evidenceShare(0, 0)).toBeNull();
  });

  it("opens the list of the region's proven materials under the page's filter and the month", () => {
    const path = drillDownPath(withEvidenceFilter({ channel: 'tv', language: ['kk', 'ru'] }, 4), { from: '2020-03-01', to: '2020-03-31' });
    expect(JSON.parse(decodeURIComponent(path.replace('/materials?filter=', '')))).toEqual({
      channel: 'tv',
      language: ['kk', 'ru'],
      regionId: 4,
      hasEvidence: true,
      publishedFrom: '2020-03-01',
      publishedTo: '2020-03-31',
    });
  });
});
