import { latestPublicationDay } from './materials';

describe('the latest publication day', () => {
  it('is the date in Kazakhstan, which runs hours ahead of UTC', () => {
    expect(latestPublicationDay(new Date('2026-12-05T17:00:00Z'))).toBe('2026-12-05');
    expect(latestPublicationDay(new Date('2026-12-05T20:00:00Z'))).toBe('2026-12-06');
    expect(latestPublicationDay(new Date('2026-12-31T21:00:00Z'))).toBe('2027-01-01');
  });
});
