import { BadRequestException, ConflictException } from '@nestjs/common';
import { assertMaterialRules, brokenRules, MaterialFacts, rulesSql } from './material-rules';

const passing: MaterialFacts = {
  regionId: 3,
  outletId: 7,
  rubricId: null,
  mediaPlanItemId: null,
  publishedOn: '2025-05-14',
  year: 2025,
  today: '2025-06-01',
  outletKind: 'print',
  outletLevel: 'regional',
  outletRegionId: 3,
  rubricOutletId: null,
  itemRegionId: null,
  itemYear: null,
  itemStatus: null,
  quarterStatus: null,
  audiencesKnown: true,
};

function refusal(facts: Partial<MaterialFacts>): unknown {
  try {
    assertMaterialRules({ ...passing, ...facts }, '2025-05-14');
  } catch (e) {
    return e;
  }
  return null;
}

describe('the rules of a material', () => {
  it('pass a material whose references agree', () => {
    expect(brokenRules(passing)).toEqual([]);
    expect(refusal({})).toBeNull();
  });

  it('list every broken rule in the order a user would fix them', () => {
    const broken = brokenRules({
      ...passing,
      outletRegionId: 4,
      rubricId: 1,
      mediaPlanItemId: 9,
      itemStatus: 'draft',
      itemYear: 2024,
      quarterStatus: 'approved',
      audiencesKnown: false,
    });
    expect(broken).toEqual([
      'outletOfRegion',
      'rubricExists',
      'rubricOfOutlet',
      'planItemOfYear',
      'planItemApproved',
      'quarterOpen',
      'audiencesKnown',
    ]);
  });

  it('answer the first broken rule with the API message, a closed quarter with a 409', () => {
    const outlet = refusal({ outletKind: null, outletLevel: null, outletRegionId: null });
    expect(outlet).toBeInstanceOf(BadRequestException);
    expect((outlet as BadRequestException).getResponse()).toMatchObject({ message: ['outletId: no such outlet'] });
    const year = refusal({ mediaPlanItemId: 9, itemStatus: 'approved', itemYear: 2024 });
    expect((year as BadRequestException).getResponse()).toMatchObject({
      message: ['mediaPlanItemId: the item belongs to the 2024 plan, the material is of 2025'],
    });
    expect(refusal({ quarterStatus: 'approved' })).toBeInstanceOf(ConflictException);
  });

  it('refuse a publication date after today, and take today itself', () => {
    expect(brokenRules({ ...passing, publishedOn: '2025-06-02' })).toEqual(['publishedByToday']);
    expect(brokenRules({ ...passing, publishedOn: '2025-06-01' })).toEqual([]);
    expect((refusal({ publishedOn: '2025-06-02' }) as BadRequestException).getResponse()).toMatchObject({
      message: ['publishedOn: a material is dated no later than today, 2025-06-01 in Kazakhstan'],
    });
    expect(brokenRules({ publishedOn: '2099-01-01' }, 'publishedOn')).toEqual([]);
  });

  it('leave out the rules over facts an import row did not give', () => {
    const item = { mediaPlanItemId: 9, itemRegionId: 5, itemYear: 2024, itemStatus: 'approved' };
    expect(brokenRules(item, 'mediaPlanItemId')).toEqual([]);
    expect(brokenRules({ ...item, regionId: 3, year: 2025 }, 'mediaPlanItemId')).toEqual(['planItemOfRegion', 'planItemOfYear']);
  });

  it('are one SQL condition over the facts as a statement reads them', () => {
    const sql = rulesSql(Object.fromEntries(Object.keys(passing).map((k) => [k, `k.${k}`])) as Record<keyof MaterialFacts, string>);
    expect(sql).toContain('k.outletKind IS NOT NULL');
    expect(sql).toContain("(k.mediaPlanItemId IS NULL OR k.itemStatus IS NOT DISTINCT FROM 'approved')");
    expect(sql).toContain("k.quarterStatus IS DISTINCT FROM 'approved'");
    expect(sql).toContain('k.publishedOn <= k.today');
    expect(sql.split(' AND ')).toHaveLength(11);
  });
});
