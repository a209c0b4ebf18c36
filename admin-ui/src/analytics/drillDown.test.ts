import { drillDownHref, drillDownPath, narrowFilter } from './drillDown';

const filterOf = (path: string): unknown => JSON.parse(decodeURIComponent(path.slice(path.indexOf('filter=') + 'filter='.length)));

describe('drillDownPath', () => {
  it('opens the materials list with the filter and the period, as react-admin reads a list URL', () => {
    const path = drillDownPath({ regionId: 3, language: ['ru', 'kk_ru'] }, { from: '2020-01-01', to: '2020-03-31' });
    expect(path.startsWith('/materials?filter=')).toBe(true);
    expect(filterOf(path)).toEqual({ regionId: 3, language: ['ru', 'kk_ru'], publishedFrom: '2020-01-01', publishedTo: '2020-03-31' });
  });

  it('leaves the period out when the figure has none', () => {
    expect(filterOf(drillDownPath({ mediaPlanItemId: 42 }))).toEqual({ mediaPlanItemId: 42 });
  });

  it('makes the same address for a plain link', () => {
    expect(drillDownHref({ importId: 12 })).toBe(`#${drillDownPath({ importId: 12 })}`);
  });
});

describe('narrowFilter', () => {
  it('adds the fields the page does not filter by', () => {
    expect(narrowFilter({ regionId: 3 }, { channel: 'tv' })).toEqual({ regionId: 3, channel: 'tv' });
  });

  it('keeps only the values both allow on a field they share', () => {
    expect(narrowFilter({ channel: 'tv' }, { channel: ['tv', 'radio', 'print'] })).toEqual({ channel: 'tv' });
    expect(narrowFilter({ channel: ['tv', 'print'] }, { channel: ['tv', 'radio', 'print'] })).toEqual({ channel: ['tv', 'print'] });
  });

  it('matches nothing when they exclude each other, as the figure of 0 does', () => {
    expect(narrowFilter({ channel: 'internet' }, { channel: 'tv' })).toEqual({ channel: [] });
  });
});

describe('drillDownPath with a page size', () => {
  it('carries the page size a person chose, which a list URL without one resets', () => {
    expect(drillDownPath({ importId: 12 }, undefined, 100)).toBe(`${drillDownPath({ importId: 12 })}&perPage=100`);
    expect(drillDownHref({ importId: 12 }, undefined, 50).endsWith('&perPage=50')).toBe(true);
  });
});
