import { languageMix, monthlyTrend, newProjectIds, rankRegions, specialProjectBars } from './chartData';

describe('monthlyTrend', () => {
  it('has every month of the period with a count per channel', () => {
    const rows = [
      { month: '2020-01', channel: 'tv', count: 5 },
      { month: '2020-01', channel: 'social', count: 2 },
      { month: '2020-03', channel: 'print', count: 7 },
    ];
    expect(monthlyTrend(rows, ['2020-01', '2020-02', '2020-03'])).toEqual([
      { month: '2020-01', tv: 5, radio: 0, print: 0, internet: 0, social: 2 },
      { month: '2020-02', tv: 0, radio: 0, print: 0, internet: 0, social: 0 },
      { month: '2020-03', tv: 0, radio: 0, print: 7, internet: 0, social: 0 },
    ]);
  });

  it('adds up to the rows it was given', () => {
    const rows = [
      { month: '2020-01', channel: 'tv', count: 5 },
      { month: '2020-02', channel: 'internet', count: 9 },
    ];
    const sum = monthlyTrend(rows, ['2020-01', '2020-02']).reduce(
      (total, row) => total + row.tv + row.radio + row.print + row.internet + row.social,
      0,
    );
    expect(sum).toBe(14);
  });
});

describe('rankRegions', () => {
  const regions = [
    { id: 1, name: 'Akmola' },
    { id: 2, name: 'Aktobe' },
    { id: 3, name: 'Almaty' },
  ];

  it('ranks regions by their count, the ones without materials last', () => {
    const ranked = rankRegions(
      [
        { regionId: 1, count: 4 },
        { regionId: 3, count: 9 },
      ],
      regions,
      1,
    );
    expect(ranked).toEqual([
      { regionId: 3, name: 'Almaty', count: 9, selected: false },
      { regionId: 1, name: 'Akmola', count: 4, selected: true },
      { regionId: 2, name: 'Aktobe', count: 0, selected: false },
    ]);
  });
});

describe('specialProjectBars', () => {
  const projects = [
    { id: 1, name: 'Native land', introducedIn: null },
    { id: 2, name: 'Sacred geography', introducedIn: null },
    { id: 4, name: 'Legal culture', introducedIn: 2021 },
    { id: 5, name: 'Labour', introducedIn: 2021 },
  ];

  it('takes the projects introduced last as the new ones', () => {
    expect(newProjectIds(projects)).toEqual([4, 5]);
    expect(newProjectIds([{ id: 1, introducedIn: null }])).toEqual([]);
  });

  it('flags the new projects and keeps them even without materials', () => {
    const bars = specialProjectBars(
      [
        { specialProjectId: 1, count: 12 },
        { specialProjectId: null, count: 40 },
      ],
      projects,
      [4, 5],
    );
    expect(bars).toEqual([
      { id: 1, name: 'Native land', count: 12, isNew: false },
      { id: 4, name: 'Legal culture', count: 0, isNew: true },
      { id: 5, name: 'Labour', count: 0, isNew: true },
    ]);
  });
});

describe('languageMix', () => {
  it('gives each language its count and share in a fixed order', () => {
    expect(
      languageMix([
        { language: 'ru', count: 25 },
        { language: 'kk', count: 75 },
        { language: 'other', count: 0 },
      ]),
    ).toEqual([
      { language: 'kk', count: 75, share: 0.75 },
      { language: 'ru', count: 25, share: 0.25 },
    ]);
  });

  it('has shares of zero when there are no materials', () => {
    expect(languageMix([])).toEqual([]);
  });
});
