import { audienceIds, buildCoverage, coverageLevel, priorityFilter } from './coverageData';

const ids = { seniors: 3, ethnicGroups: 5, youth: 1, newProjects: [4, 5] };
const benchmark = { tvRadio: 0.56, internet: 0.447 };

const input = {
  byLanguage: [
    { regionId: 1, language: 'kk', count: 60 },
    { regionId: 1, language: 'ru', count: 30 },
    { regionId: 1, language: 'kk_ru', count: 10 },
    { regionId: 2, language: 'kk', count: 50 },
  ],
  byAudience: [
    { regionId: 1, targetAudienceId: 3, count: 20 },
    { regionId: 1, targetAudienceId: 2, count: 70 },
    { regionId: 2, targetAudienceId: 5, count: 5 },
  ],
  byChannel: [
    { regionId: 1, channel: 'tv', count: 40 },
    { regionId: 1, channel: 'radio', count: 16 },
    { regionId: 1, channel: 'social', count: 44 },
    { regionId: 2, channel: 'internet', count: 50 },
  ],
  byProject: [
    { regionId: 1, specialProjectId: 4, count: 7 },
    { regionId: 1, specialProjectId: 1, count: 9 },
    { regionId: 2, specialProjectId: null, count: 50 },
  ],
};

describe('audienceIds', () => {
  it('finds the priority audiences by code', () => {
    const audiences = [
      { id: 1, code: 'youth-16-29' },
      { id: 3, code: 'seniors-60-plus' },
      { id: 5, code: 'ethnic-groups' },
    ];
    expect(audienceIds(audiences)).toEqual({ seniors: 3, ethnicGroups: 5, youth: 1 });
  });
});

describe('coverageLevel', () => {
  it('compares a share with its reference', () => {
    expect(coverageLevel(0.1, 0.4, 10)).toBe('low');
    expect(coverageLevel(0.3, 0.4, 10)).toBe('below');
    expect(coverageLevel(0.4, 0.4, 10)).toBe('near');
    expect(coverageLevel(0.6, 0.4, 10)).toBe('high');
    expect(coverageLevel(0, 0.4, 0)).toBe('none');
  });
});

describe('buildCoverage', () => {
  const { rows, all } = buildCoverage(input, ids, benchmark, [1, 2, 3]);

  it('counts each priority per region with its share of the region’s materials', () => {
    const [first] = rows;
    expect(first.total).toBe(100);
    expect(first.cells.russianOrBilingual).toEqual({ count: 40, share: 0.4, level: 'high' });
    expect(first.cells.seniors.count).toBe(20);
    expect(first.cells.newSpecialProjects.count).toBe(7);
    expect(first.cells.tvRadio).toEqual({ count: 56, share: 0.56, level: 'near' });
    expect(first.cells.internet).toEqual({ count: 44, share: 0.44, level: 'near' });
  });

  it('keeps regions without materials as empty rows', () => {
    expect(rows[2]).toEqual(expect.objectContaining({ regionId: 3, total: 0 }));
    expect(rows[2].cells.seniors.level).toBe('none');
  });

  it('adds the row of all regions, whose totals are the sums of the regions', () => {
    expect(all.regionId).toBeNull();
    expect(all.total).toBe(150);
    expect(all.cells.russianOrBilingual.count).toBe(40);
    expect(all.cells.internet.count).toBe(94);
    expect(rows[1].cells.russianOrBilingual.level).toBe('low');
  });
});

describe('priorityFilter', () => {
  it('gives the materials-list filter of each priority', () => {
    expect(priorityFilter('russianOrBilingual', ids)).toEqual({ language: ['ru', 'kk_ru'] });
    expect(priorityFilter('seniors', ids)).toEqual({ targetAudienceIds: [3] });
    expect(priorityFilter('newSpecialProjects', ids)).toEqual({ specialProjectId: [4, 5] });
    expect(priorityFilter('tvRadio', ids)).toEqual({ channel: ['tv', 'radio'] });
    expect(priorityFilter('internet', ids)).toEqual({ channel: ['internet', 'social'] });
  });
});
