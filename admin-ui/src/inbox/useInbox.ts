import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { OutreachDataProvider } from '../providers/dataProvider';

export const INBOX_KEY = ['inbox'] as const;

/** How often the menu's count is refreshed while the app stays open on one page. */
const REFRESH_MS = 60_000;

/** The signed-in user's inbox, shared by the menu's count and the page. */
export const useInbox = () => {
  const dataProvider = useDataProvider<OutreachDataProvider>();
  return useQuery({ queryKey: INBOX_KEY, queryFn: () => dataProvider.inbox(), refetchInterval: REFRESH_MS });
};
