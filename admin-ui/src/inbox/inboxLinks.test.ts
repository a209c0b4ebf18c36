import type { InboxItem } from '../../../contracts/inbox';
import { inboxDay } from './inboxLinks';

const item = (kind: InboxItem['kind'], quarter: number | null, since: string): InboxItem => ({
  kind,
  planId: null,
  planVersion: null,
  itemId: null,
  regionId: 5,
  year: 2020,
  quarter,
  title: null,
  since,
  comment: null,
  planned: null,
  linked: null,
});

describe('inboxDay', () => {
  it("names an open quarter by its last day, not the next quarter's first", () => {
    expect(inboxDay(item('quarterOpen', 1, '2020-03-31T19:00:00.000Z'))).toBe('2020-03-31');
    expect(inboxDay(item('quarterOpen', 4, '2020-12-31T19:00:00.000Z'))).toBe('2020-12-31');
  });

  it('names any other item by the day it started to wait', () => {
    expect(inboxDay(item('planReturned', null, '2020-05-06T10:00:00.000Z'))).toBe('2020-05-06');
  });
});
