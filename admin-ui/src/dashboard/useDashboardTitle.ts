import { useGetIdentity, useGetOne, useTranslate } from 'react-admin';
import { useNameSource } from '../common/useNameSource';

/** The server counts only an RPO editor's own region, so their dashboard says which region it is. */
export const useDashboardTitle = (): string => {
  const translate = useTranslate();
  const nameSource = useNameSource();
  const { identity } = useGetIdentity();
  const regionId = identity?.role === 'rpo_editor' ? (identity.regionId as number | null) : null;
  const region = useGetOne<{ id: number } & Record<string, string>>('regions', { id: regionId ?? 0 }, { enabled: regionId !== null });
  if (regionId === null) return translate('app.dashboard.title');
  return translate('app.dashboard.region_title', { region: region.data?.[nameSource] ?? '' });
};
