import { useGetOne } from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { Outlet } from '../../../contracts/reference';

/** The outlet a form's outletId names, read from the cache its picker filled. */
export const useChosenOutlet = (): Outlet | undefined => {
  const outletId = useWatch<{ outletId?: number | null }, 'outletId'>({ name: 'outletId' });
  return useGetOne<Outlet>('outlets', { id: outletId ?? 0 }, { enabled: Boolean(outletId) }).data;
};
