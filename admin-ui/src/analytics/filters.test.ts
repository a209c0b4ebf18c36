import {
  activeIn,
  filtersSearch,
  materialFilter,
  monthsOf,
  periodOfMonth,
  parseFilters,
  periodOfFilters,
  previousPeriod,
  withFilter,
} from './filters';
import { groupedRollupPath } from '../providers/rollupPaths';

describe('parseFilters', () => {
  it('reads every filter from the search params', () => {
    const params = new URLSearchParams(
      'year=2020&quarter=2&regionId=3&channel=tv&mediaLevel=regional&directionId=2&specialProjectId=4&targetAudienceId=3',
    );
    expect(parseFilters(params)).toEqual({
      year: 2020,
      quarter: 2,
      fromMonth: undefined,
      toMonth: undefined,
      regionId: 3,
      channel: 'tv',
      mediaLevel: 'regional',
      directionId: 2,
      specialProjectId: 4,
      targetAudienceId: 3,
    });
  });

  it('ignores malformed values', () => {
    const filters = parseFilters(new URLSearchParams('year=abc&quarter=7&regionId=-1&channel=fax&mediaLevel=city'));
    expect(filters).toEqual(
      expect.objectContaining({ year: undefined, quarter: 0, regionId: undefined, channel: undefined, mediaLevel: undefined }),
    );
  });

  it('prefers a valid month range over a quarter and drops a reversed one', () => {
    expect(parseFilters(new URLSearchParams('quarter=2&fromMonth=3&toMonth=8'))).toEqual(
      expect.objectContaining({ quarter: 0, fromMonth: 3, toMonth: 8 }),
    );
    expect(parseFilters(new URLSearchParams('fromMonth=9&toMonth=2'))).toEqual(
      expect.objectContaining({ fromMonth: undefined, toMonth: undefined }),
    );
  });
});

describe('withFilter', () => {
  it('sets a value and removes an empty one', () => {
    const params = withFilter(new URLSearchParams('year=2020'), 'regionId', 3);
    expect(params.toString()).toBe('year=2020&regionId=3');
    expect(withFilter(params, 'regionId', '').toString()).toBe('year=2020');
  });

  it('lets a quarter and a month range replace each other', () => {
    const months = withFilter(new URLSearchParams('quarter=2'), 'fromMonth', 3);
    expect(months.toString()).toBe('fromMonth=3');
    expect(withFilter(new URLSearchParams('fromMonth=3&toMonth=5'), 'quarter', 1).toString()).toBe('quarter=1');
  });
});

describe('periodOfFilters', () => {
  it('covers the year, a quarter or a month range', () => {
    expect(periodOfFilters({ quarter: 0 }, 2020)).toEqual({ from: '2020-01-01', to: '2020-12-31' });
    expect(periodOfFilters({ quarter: 1 }, 2020)).toEqual({ from: '2020-01-01', to: '2020-03-31' });
    expect(periodOfFilters({ quarter: 0, fromMonth: 2, toMonth: 2 }, 2020)).toEqual({ from: '2020-02-01', to: '2020-02-29' });
  });
});

describe('previousPeriod', () => {
  it('goes back a year, a quarter or as many months as the range has', () => {
    expect(previousPeriod({ from: '2020-01-01', to: '2020-12-31' })).toEqual({ from: '2019-01-01', to: '2019-12-31' });
    expect(previousPeriod({ from: '2020-01-01', to: '2020-03-31' })).toEqual({ from: '2019-10-01', to: '2019-12-31' });
    expect(previousPeriod({ from: '2020-04-01', to: '2020-06-30' })).toEqual({ from: '2020-01-01', to: '2020-03-31' });
    expect(previousPeriod({ from: '2020-03-01', to: '2020-04-30' })).toEqual({ from: '2020-01-01', to: '2020-02-29' });
  });
});

describe('monthsOf', () => {
  it('lists the months of a period', () => {
    expect(monthsOf({ from: '2019-11-01', to: '2020-02-29' })).toEqual(['2019-11', '2019-12', '2020-01', '2020-02']);
  });
});

describe('materialFilter', () => {
  it('turns the filters into a materials-list filter', () => {
    expect(materialFilter({ quarter: 0, regionId: 3, channel: 'tv', mediaLevel: 'republican', targetAudienceId: 5 })).toEqual({
      regionId: 3,
      channel: 'tv',
      mediaLevel: 'republican',
      targetAudienceIds: [5],
    });
    expect(materialFilter({ quarter: 0, regionId: 3 }, { withRegion: false })).toEqual({});
  });
});

describe('links and paths', () => {
  const period = { from: '2020-01-01', to: '2020-03-31' };

  it('leaves the filter out of a rollup request when there is none', () => {
    expect(groupedRollupPath('month,channel', period, {})).toBe('/rollups?groupBy=month,channel&from=2020-01-01&to=2020-03-31');
    expect(groupedRollupPath('regionId', period, { channel: 'tv' })).toContain('&filter=%7B%22channel%22%3A%22tv%22%7D');
  });
});

describe('activeIn', () => {
  it('keeps the regions that existed during the period', () => {
    const regions = [
      { id: 1, activeFrom: '2017-01-01', activeTo: null },
      { id: 2, activeFrom: '2022-06-08', activeTo: null },
      { id: 3, activeFrom: '2017-01-01', activeTo: '2018-06-19' },
      { id: 4 },
    ];
    expect(activeIn(regions, { from: '2020-01-01', to: '2020-12-31' }).map((region) => region.id)).toEqual([1, 4]);
  });
});

describe('periodOfMonth', () => {
  it('runs from the first to the last day of the month', () => {
    expect(periodOfMonth('2020-02')).toEqual({ from: '2020-02-01', to: '2020-02-29' });
    expect(periodOfMonth('2021-12')).toEqual({ from: '2021-12-01', to: '2021-12-31' });
  });
});

describe('filtersSearch', () => {
  it('keeps the filters of the URL and nothing else', () => {
    expect(filtersSearch(new URLSearchParams('year=2020&quarter=1&regionId=7&tab=2'))).toBe('?year=2020&quarter=1&regionId=7');
    expect(filtersSearch(new URLSearchParams('tab=2'))).toBe('');
  });
});
