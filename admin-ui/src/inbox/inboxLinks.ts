import { QUARTERS_PATH } from '../analyticsPaths';
import type { InboxItem } from '../../../contracts/inbox';

/** Where an item of the inbox is acted on: its plan's page, or the quarters page. */
export const inboxLink = (item: InboxItem): string => (item.planId === null ? QUARTERS_PATH : `/media-plans/${item.planId}/show`);
