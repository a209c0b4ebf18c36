import { useMemo } from 'react';
import { useStore } from 'react-admin';
import { ListFilter, drillDownHref, drillDownPath } from './drillDown';
import type { Period } from './period';

/** react-admin keeps a list's page, sort and page size under this key of its store. */
const MATERIALS_LIST_PARAMS = 'materials.listParams';

/** Drill-down paths and links that open the materials list at the page size the person last chose there. */
export const useDrillDown = () => {
  const [params] = useStore<{ perPage?: number }>(MATERIALS_LIST_PARAMS, {});
  const perPage = params.perPage;
  return useMemo(
    () => ({
      path: (filter: ListFilter, period?: Period) => drillDownPath(filter, period, perPage),
      href: (filter: ListFilter, period?: Period) => drillDownHref(filter, period, perPage),
    }),
    [perPage],
  );
};
