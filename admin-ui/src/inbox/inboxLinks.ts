import { QUARTERS_PATH } from '../analyticsPaths';
import { quarterLastDay } from '../quarters/quarterRules';
import type { InboxItem } from '../../../contracts/inbox';

/** Where an item of the inbox is acted on: its plan's page, or the quarters page. */
export const inboxLink = (item: InboxItem): string => (item.planId === null ? QUARTERS_PATH : `/media-plans/${item.planId}/show`);

/** The day an item's wording names, YYYY-MM-DD: an open quarter's last day, else the day it started to wait. */
export const inboxDay = (item: InboxItem): string =>
  item.kind === 'quarterOpen' && item.quarter !== null ? quarterLastDay(item.year, item.quarter) : item.since.slice(0, 10);
